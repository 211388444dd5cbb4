import Foundation
import QuietLegsCore

/// A routine being run on screen: the pure `RoutineRun`, when it began on the wall clock, the
/// flash after a new phase, the stop question, and the latest monotonic time seen, from which
/// the pane names its next deadline.
struct ActiveRoutine: Equatable {
  /// How long the body stays in the `flash` role after a new phase begins.
  static let flashLength = Duration.milliseconds(300)

  private(set) var run: RoutineRun
  /// The wall-clock start, for the saved session.
  let startedAt: Date
  /// The latest monotonic time the run was moved to.
  private(set) var now: Duration
  /// When the current flash ends; nil when none is showing.
  private(set) var flashUntil: Duration?
  /// True after Esc, until the next key answers the question.
  var isAskingToStop = false

  init(routine: Routine, at moment: Moment) {
    run = RoutineRun(routine: routine, startedAt: moment.monotonic)
    startedAt = moment.wall
    now = moment.monotonic
  }

  var routine: Routine { run.routine }
  /// What the run shows now.
  var snapshot: RoutineSnapshot { run.snapshot(at: now) }
  var isPaused: Bool { run.status(at: now) == .paused }
  var isFlashing: Bool { flashUntil.map { now < $0 } ?? false }
  /// How the run ended; nil while it goes on.
  var outcome: RoutineOutcome? { run.outcome(at: now) }
  /// Steps done in full so far (skipped ones are not).
  var stepsDone: Int { run.stepsDoneInFull(at: now) }

  /// The next instant anything shown changes: the next countdown second or the end of the flash.
  /// Nil while paused or over.
  var nextDeadline: Duration? {
    guard let next = run.nextDeadline(after: now) else { return nil }
    guard let flashUntil, flashUntil > now else { return next }
    return min(next, flashUntil)
  }

  /// Share of the current step done (all its holds and rests), 0...1.
  var stepProgress: Double {
    let snapshot = snapshot
    let step = snapshot.phase.stepIndex
    let total = routine.steps[step].totalSeconds
    guard total > 0 else { return 1 }
    let intoStep = snapshot.elapsed - .seconds(run.plan.stepStartSeconds[step])
    return min(1, max(0, intoStep / .seconds(total)))
  }

  /// Whole seconds left in the current step, rounded up as a countdown shows them.
  var stepRemainingSeconds: Int {
    let snapshot = snapshot
    let step = snapshot.phase.stepIndex
    let end = run.plan.stepStartSeconds[step] + routine.steps[step].totalSeconds
    return snapshot.remainingSeconds + max(0, end - snapshot.phase.endSecond)
  }

  /// Moves the run to `time` and returns the cues due since the last call; a new phase starts a flash.
  mutating func advance(to time: Duration) -> [RoutineCue] {
    now = max(now, time)
    if let flashUntil, flashUntil <= now { self.flashUntil = nil }
    let cues = run.takeCues(at: now)
    if cues.contains(where: \.startsPhase) { flashUntil = now + Self.flashLength }
    return cues
  }

  /// Pauses or resumes; a pause ends any flash, so nothing is left to wake up for.
  mutating func togglePause(at time: Duration) {
    now = max(now, time)
    run.togglePause(at: now)
    if isPaused { flashUntil = nil }
  }

  /// Jumps to the next step (past the last, the run is finished).
  mutating func skip(at time: Duration) {
    now = max(now, time)
    run.skip(at: now)
  }

  /// Restarts the step, or goes to the previous one early in a step.
  mutating func back(at time: Duration) {
    now = max(now, time)
    run.back(at: now)
  }

  /// Ends the run early.
  mutating func stop(at time: Duration) {
    now = max(now, time)
    run.stop(at: now)
    flashUntil = nil
  }
}

extension RoutineCue {
  /// True for the cue of a new phase.
  fileprivate var startsPhase: Bool {
    if case .phaseStarted = self { return true }
    return false
  }
}
