/// What the calendar pane's keys do and its key tables: browsing nights, the episode form, the
/// edit-conflict question, the factor checklist.
extension CalendarPane {
  /// Browsing the month.
  public enum Action: Hashable, Sendable {
    case move(Movement)
    case previousMonth, nextMonth, tonight, nextEpisode, previousEpisode
    case quickLog, add, edit, delete, undo, factors, find, findNext
  }

  /// Typing the text to find.
  public enum SearchAction: Hashable, Sendable { case next, close }

  /// Inside the quick-log, add or edit form.
  public enum FormAction: Hashable, Sendable { case save, cancel, nextField, previousField, change }

  /// The question when a save meets a change made in another terminal.
  public enum ConflictAction: Hashable, Sendable { case keepMine, takeTheirs, back }

  /// The evening factor checklist.
  public enum ChecklistAction: Hashable, Sendable { case toggle, up, down, close }

  /// Every key table of the pane.
  public static var keyTables: [KeyTable] {
    [browsingKeys.table, formKeys.table, conflictKeys.table, checklistKeys.table, searchKeys.table]
  }

  /// Keys while browsing the month.
  static let browsingKeys = Keymap<Action>(
    title: "Calendar",
    bindings: [
      KeyBinding(
        .quickLog, keys: [.character("n")], label: "log now", help: "Log an episode now (Enter saves)"
      ),
      KeyBinding(
        .add, keys: [.character("a")], label: "add", help: "Add an episode to the selected night"),
      KeyBinding(.edit, keys: [.character("e")], label: "edit", help: "Edit the selected episode"),
      KeyBinding(
        .delete, keys: [.character("d")], label: "delete",
        help: "Delete the selected episode (u undoes)"),
      KeyBinding(.undo, keys: [.character("u")], label: "undo", help: "Undo the last delete or edit"),
      KeyBinding(
        .factors, keys: [.character("f")], label: "factors",
        help: "Note evening factors for the night"),
      KeyBinding(
        .find, keys: [.character("/")], label: "find",
        help: "Find the next night whose episodes hold a text"),
      KeyBinding(
        .findNext, keys: [.character("N")], label: "find next",
        help: "Find the next night matching the same text",
        inFooter: false),
      KeyBinding(
        .move(.left), keys: [.left, .character("h")], label: "night", help: "Previous night", inFooter: false),
      KeyBinding(
        .move(.right), keys: [.right, .character("l")], label: "night", help: "Next night", inFooter: false),
      KeyBinding(
        .move(.up), keys: [.up, .character("k")], label: "week", help: "A week earlier", inFooter: false),
      KeyBinding(
        .move(.down), keys: [.down, .character("j")], label: "week", help: "A week later", inFooter: false),
      KeyBinding(
        .previousMonth, keys: [.character("["), .pageUp], label: "month", help: "Previous month"),
      KeyBinding(
        .nextMonth, keys: [.character("]"), .pageDown], label: "month", help: "Next month",
        inFooter: false),
      KeyBinding(
        .tonight, keys: [.character("t")], label: "tonight", help: "Go to tonight", inFooter: false),
      KeyBinding(
        .nextEpisode, keys: [.character("J")], label: "episode",
        help: "Select the night's next episode",
        inFooter: false),
      KeyBinding(
        .previousEpisode, keys: [.character("K")], label: "episode",
        help: "Select the night's previous episode", inFooter: false),
    ])

  /// Keys while the quick-log, add or edit form is open (every other key types into the field).
  static let formKeys = Keymap<FormAction>(
    title: "Episode form",
    bindings: [
      KeyBinding(.save, keys: [.enter], label: "save", help: "Save the episode"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Close without saving"),
      KeyBinding(.nextField, keys: [.down, .tab], label: "field", help: "Next field"),
      KeyBinding(
        .previousField, keys: [.up, .backTab], label: "field", help: "Previous field", inFooter: false),
      KeyBinding(
        .change, keys: [.left, .right, .character(" ")], label: "choose",
        help: "Change a choice field (kind, side, site, woke)"),
    ])

  /// Keys of the question asked when a save meets a change made in another terminal to the same fields.
  static let conflictKeys = Keymap<ConflictAction>(
    title: "Changed in another terminal",
    bindings: [
      KeyBinding(
        .keepMine, keys: [.character("m")], label: "keep mine",
        help: "Save your values over the other terminal's change"),
      KeyBinding(
        .takeTheirs, keys: [.character("t")], label: "take theirs",
        help: "Keep the other terminal's values in those fields; save your other changes"),
      KeyBinding(.back, keys: [.escape], label: "back to form", help: "Back to the form; nothing saved"),
    ])

  /// Keys of the evening factor checklist.
  static let checklistKeys = Keymap<ChecklistAction>(
    title: "Evening factors",
    bindings: [
      KeyBinding(
        .toggle, keys: [.character(" ")], label: "tick",
        help: "Tick or untick the factor (saved at once)"),
      KeyBinding(
        .up, keys: [.up, .character("k")], label: "up", help: "Previous factor", inFooter: false),
      KeyBinding(
        .down, keys: [.down, .character("j")], label: "down", help: "Next factor", inFooter: false),
      KeyBinding(
        .close, keys: [.escape, .enter, .character("f")], label: "close", help: "Close the checklist"),
    ])

  /// Keys while typing the text to find (every other key types into the field).
  static let searchKeys = Keymap<SearchAction>(
    title: "Find",
    bindings: [
      KeyBinding(
        .next, keys: [.enter], label: "next night",
        help: "Find the next night that matches (again: the one after)"),
      KeyBinding(
        .close, keys: [.escape], label: "close", help: "Close the search; the night found stays selected"),
    ])
}
