/// The routines pane's keys, one keymap per screen (list, safety note, run, stop question, done).
extension Keymap {
  /// Choosing a routine from the list.
  static let routineList = Keymap(
    title: "Routines",
    bindings: [
      KeyBinding(.moveUp, keys: [.up, .character("k")], label: "up", help: "Previous routine"),
      KeyBinding(.moveDown, keys: [.down, .character("j")], label: "down", help: "Next routine"),
      KeyBinding(
        .first, keys: [.home, .character("g")], label: "first", help: "First routine", inFooter: false),
      KeyBinding(.last, keys: [.end, .character("G")], label: "last", help: "Last routine", inFooter: false),
      KeyBinding(.startRoutine, keys: [.enter], label: "start", help: "Start the chosen routine"),
    ])

  /// The safety note shown before a routine starts.
  static let routineSafetyNote = Keymap(
    title: "Before you start",
    bindings: [
      KeyBinding(.startRoutine, keys: [.enter], label: "start", help: "I have read the note: start"),
      KeyBinding(.close, keys: [.escape], label: "back", help: "Back to the list without starting"),
    ])

  /// A running (or paused) routine; the pause key reads "resume" while paused.
  static func routineRun(paused: Bool) -> Keymap {
    Keymap(
      title: "Routine running",
      bindings: [
        KeyBinding(
          .pauseRoutine, keys: [.character(" ")], label: paused ? "resume" : "pause",
          help: "Pause the countdown, or carry on after a pause"),
        KeyBinding(.skipStep, keys: [.character("s")], label: "skip", help: "Skip to the next step"),
        KeyBinding(
          .previousStep, keys: [.character("b")], label: "back",
          help: "Restart this step; early in a step, go to the one before"),
        KeyBinding(.stopRoutine, keys: [.escape], label: "stop", help: "Stop the routine (asks once)"),
      ])
  }

  /// The question after Esc during a run.
  static let routineStopQuestion = Keymap(
    title: "Stop the routine?",
    bindings: [
      KeyBinding(
        .confirm, keys: [.escape, .character("y"), .character("Y")], label: "stop",
        help: "Stop and save how far you got"),
      KeyBinding(
        .cancel, keys: [.character("n")], label: "keep going", help: "Any other key keeps the routine going"),
    ])

  /// The screen after a routine finished.
  static let routineDone = Keymap(
    title: "Routine done",
    bindings: [
      KeyBinding(.close, keys: [.enter, .escape], label: "list", help: "Back to the list of routines")
    ])
}
