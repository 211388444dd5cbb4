/// What the routines pane's keys do, one action type and keymap per mode (list, safety note,
/// run, stop question, done).
extension RoutinesPane {
  /// Choosing a routine from the list.
  public enum Action: Hashable, Sendable {
    case move(Movement)
    case start
  }

  /// The safety note shown before a routine starts.
  public enum NoteAction: Hashable, Sendable { case start, back }

  /// A running (or paused) routine.
  public enum RunAction: Hashable, Sendable { case pause, skip, back, stop }

  /// The screen after a routine finished.
  public enum DoneAction: Hashable, Sendable { case back }

  /// Every key table of the pane.
  public static var keyTables: [KeyTable] {
    [
      listKeys.table, safetyNoteKeys.table, runKeys(paused: false).table, stopQuestionKeys.table,
      doneKeys.table,
    ]
  }

  /// Choosing a routine from the list.
  static let listKeys = Keymap<Action>(
    title: "Routines",
    bindings: [
      KeyBinding(.move(.up), keys: [.up, .character("k")], label: "up", help: "Previous routine"),
      KeyBinding(.move(.down), keys: [.down, .character("j")], label: "down", help: "Next routine"),
      KeyBinding(
        .move(.first), keys: [.home, .character("g")], label: "first", help: "First routine", inFooter: false),
      KeyBinding(
        .move(.last), keys: [.end, .character("G")], label: "last", help: "Last routine", inFooter: false),
      KeyBinding(.start, keys: [.enter], label: "start", help: "Start the chosen routine"),
    ])

  /// The safety note shown before a routine starts.
  static let safetyNoteKeys = Keymap<NoteAction>(
    title: "Before you start",
    bindings: [
      KeyBinding(.start, keys: [.enter], label: "start", help: "I have read the note: start"),
      KeyBinding(.back, keys: [.escape], label: "back", help: "Back to the list without starting"),
    ])

  /// A running (or paused) routine; the pause key reads "resume" while paused.
  static func runKeys(paused: Bool) -> Keymap<RunAction> {
    Keymap(
      title: "Routine running",
      bindings: [
        KeyBinding(
          .pause, keys: [.character(" ")], label: paused ? "resume" : "pause",
          help: "Pause the countdown, or carry on after a pause"),
        KeyBinding(.skip, keys: [.character("s")], label: "skip", help: "Skip to the next step"),
        KeyBinding(
          .back, keys: [.character("b")], label: "back",
          help: "Restart this step; early in a step, go to the one before"),
        KeyBinding(.stop, keys: [.escape], label: "stop", help: "Stop the routine (asks once)"),
      ])
  }

  /// The question after Esc during a run.
  static let stopQuestionKeys = Keymap<Answer>(
    title: "Stop the routine?",
    bindings: [
      KeyBinding(
        .confirm, keys: [.escape, .character("y"), .character("Y")], label: "stop",
        help: "Stop and save how far you got"),
      KeyBinding(
        .cancel, keys: [.character("n")], label: "keep going", help: "Any other key keeps the routine going"),
    ])

  /// The screen after a routine finished.
  static let doneKeys = Keymap<DoneAction>(
    title: "Routine done",
    bindings: [
      KeyBinding(.back, keys: [.enter, .escape], label: "list", help: "Back to the list of routines")
    ])
}
