import QuietLegsCore

/// What the routines pane shows: the list, a safety note, a run, or the calm screen after one.
enum RoutinesMode: Equatable {
  case list
  /// A routine's safety note, waiting for Enter before it starts.
  case safetyNote(Routine)
  /// A routine asked to start (`quietlegs routine ID`) before the pane has seen the time; it
  /// starts at the next tick, which the pane asks for at once.
  case startPending(Routine)
  case running(ActiveRoutine)
  case done(RoutineResult)
}
