/// What a command run at a routine's end (`--on-done`, `on_routine_done`) finds in its
/// environment: `QUIETLEGS_ROUTINE`, `QUIETLEGS_COMPLETED` and `QUIETLEGS_STEPS_DONE`.
public enum RoutineEndHook {
  /// How long the command may run before it is stopped and reported.
  public static let timeLimit = Duration.seconds(30)

  /// The variables added to the program's own environment for the command. `stepsDone` is the
  /// run's count of steps done in full (`RoutineRun.stepsDoneInFull`), as the journal keeps it;
  /// completed is true only for a run that counts as done (every step in full).
  public static func variables(routineId: String, outcome: RoutineOutcome, stepsDone: Int) -> [String: String]
  {
    [
      "QUIETLEGS_ROUTINE": routineId,
      "QUIETLEGS_COMPLETED": outcome == .completed ? "true" : "false",
      "QUIETLEGS_STEPS_DONE": String(stepsDone),
    ]
  }
}
