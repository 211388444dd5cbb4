import Foundation
import QuietLegsCore

/// Keeps an ended run in the journal as a `RoutineSession` and words the status line about it.
struct RoutineSessionRecorder {
  let services: AppServices

  /// What saving gave: whether it worked, and the effects for the app (reload panes, a message).
  struct Outcome: Equatable {
    var saved: Bool
    var effects: [Effect]
  }

  /// Saves `active`, which must have ended, as ending at `now` on the wall clock (never before
  /// its start, should the wall clock have been set back meanwhile).
  func save(_ active: ActiveRoutine, outcome: RoutineOutcome, at now: Moment) -> Outcome {
    let session = RoutineSession(
      routineId: active.routine.id, startedAt: active.startedAt, endedAt: max(active.startedAt, now.wall),
      outcome: outcome, stepsDone: active.stepsDone, stepCount: active.routine.stepCount)
    do {
      try services.journal.saveSession(session, nights: services.nights)
    } catch {
      return Outcome(
        saved: false,
        effects: [.status(StatusMessage("The routine could not be saved: \(error)", kind: .error))])
    }
    return Outcome(
      saved: true, effects: [.journalChanged, .status(message(for: active.routine, outcome: outcome))])
  }

  private func message(for routine: Routine, outcome: RoutineOutcome) -> StatusMessage {
    switch outcome {
    case .completed:
      return StatusMessage("\(routine.name) done and saved.", kind: .success)
    case .skippedThrough(let done):
      return StatusMessage(
        "\(routine.name): \(done) of \(routine.stepCount) steps done in full; saved, not counted as done.")
    case .stopped(let step):
      return StatusMessage("\(routine.name) stopped at step \(step + 1) of \(routine.stepCount); saved.")
    }
  }
}
