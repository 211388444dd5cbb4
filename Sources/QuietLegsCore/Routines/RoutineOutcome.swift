/// How a routine run ended.
public enum RoutineOutcome: Sendable, Equatable {
  /// The last step's end was reached (skipping steps still counts).
  case completed
  /// The user stopped during the step with this 0-based index.
  case stopped(atStep: Int)
}
