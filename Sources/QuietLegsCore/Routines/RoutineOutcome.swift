/// How a routine run ended.
public enum RoutineOutcome: Sendable, Equatable {
  /// The end was reached with every step done in full: the routine counts as done.
  case completed
  /// The end was reached, but some steps were skipped: only `stepsDone` were done in full, and
  /// the routine does not count as done.
  case skippedThrough(stepsDone: Int)
  /// The user stopped during the step with this 0-based index.
  case stopped(atStep: Int)
}
