import Foundation

/// One run of a routine as the journal keeps it: when, whether it was done, and how many of its
/// steps were done in full.
public struct RoutineSession: Sendable, Equatable, Codable {
  public var routineId: String
  public var startedAt: Date
  public var endedAt: Date
  /// True when the run reached the end with every step done in full (a skipped step means not
  /// done; runs saved before version 0.2 counted skipped steps).
  public var completed: Bool
  /// 0-based step index at which the user stopped; nil when the end was reached.
  public var stoppedAtStep: Int?
  /// How many steps were done in full; nil for runs saved before this was kept.
  public var stepsDone: Int?
  /// How many steps the routine had; nil for runs saved before this was kept.
  public var stepCount: Int?

  public init(
    routineId: String, startedAt: Date, endedAt: Date, completed: Bool, stoppedAtStep: Int?,
    stepsDone: Int? = nil, stepCount: Int? = nil
  ) {
    self.routineId = routineId
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.completed = completed
    self.stoppedAtStep = stoppedAtStep
    self.stepsDone = stepsDone
    self.stepCount = stepCount
  }

  /// A session from a run's outcome, with the steps done in full out of `stepCount`.
  public init(
    routineId: String, startedAt: Date, endedAt: Date, outcome: RoutineOutcome, stepsDone: Int? = nil,
    stepCount: Int? = nil
  ) {
    var stopped: Int?
    if case .stopped(let step) = outcome { stopped = step }
    self.init(
      routineId: routineId, startedAt: startedAt, endedAt: endedAt, completed: outcome == .completed,
      stoppedAtStep: stopped, stepsDone: stepsDone, stepCount: stepCount)
  }
}
