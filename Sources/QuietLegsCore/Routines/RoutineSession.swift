import Foundation

/// One run of a routine as the journal keeps it: when, and whether it was finished.
public struct RoutineSession: Sendable, Equatable, Codable {
  public var routineId: String
  public var startedAt: Date
  public var endedAt: Date
  /// True when the run reached the end of its last step.
  public var completed: Bool
  /// 0-based step index at which the user stopped; nil when completed.
  public var stoppedAtStep: Int?

  public init(routineId: String, startedAt: Date, endedAt: Date, completed: Bool, stoppedAtStep: Int?) {
    self.routineId = routineId
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.completed = completed
    self.stoppedAtStep = stoppedAtStep
  }

  /// A session from a run's outcome.
  public init(routineId: String, startedAt: Date, endedAt: Date, outcome: RoutineOutcome) {
    switch outcome {
    case .completed:
      self.init(
        routineId: routineId, startedAt: startedAt, endedAt: endedAt, completed: true, stoppedAtStep: nil)
    case .stopped(let step):
      self.init(
        routineId: routineId, startedAt: startedAt, endedAt: endedAt, completed: false, stoppedAtStep: step)
    }
  }
}
