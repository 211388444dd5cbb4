/// What a command run at a routine's end (`--on-done`, `on_routine_done`) finds in its
/// environment: `QUIETLEGS_ROUTINE`, `QUIETLEGS_COMPLETED` and `QUIETLEGS_STEPS_DONE`.
public enum RoutineEndHook {
  /// How long the command may run before it is stopped and reported.
  public static let timeLimit = Duration.seconds(30)

  /// Steps done in full: all of them when completed, else the steps before the one stopped in.
  /// The only place this is counted for the hook.
  public static func stepsDone(outcome: RoutineOutcome, stepCount: Int) -> Int {
    switch outcome {
    case .completed: return stepCount
    case .stopped(let step): return max(0, min(step, stepCount))
    }
  }

  /// The variables added to the program's own environment for the command.
  public static func variables(routineId: String, outcome: RoutineOutcome, stepCount: Int) -> [String: String]
  {
    [
      "QUIETLEGS_ROUTINE": routineId,
      "QUIETLEGS_COMPLETED": outcome == .completed ? "true" : "false",
      "QUIETLEGS_STEPS_DONE": String(stepsDone(outcome: outcome, stepCount: stepCount)),
    ]
  }
}
