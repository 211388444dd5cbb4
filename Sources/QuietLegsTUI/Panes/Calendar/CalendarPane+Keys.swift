/// The key tables of the calendar pane: browsing nights, the episode form, the factor checklist.
extension Keymap {
  /// Keys while browsing the month.
  static let calendar = Keymap(
    title: "Calendar",
    bindings: [
      KeyBinding(
        .calendarQuickLog, keys: [.character("n")], label: "log now", help: "Log an episode now (Enter saves)"
      ),
      KeyBinding(
        .calendarAdd, keys: [.character("a")], label: "add", help: "Add an episode to the selected night"),
      KeyBinding(.calendarEdit, keys: [.character("e")], label: "edit", help: "Edit the selected episode"),
      KeyBinding(
        .calendarDelete, keys: [.character("d")], label: "delete",
        help: "Delete the selected episode (u undoes)"),
      KeyBinding(.calendarUndo, keys: [.character("u")], label: "undo", help: "Undo the last delete or edit"),
      KeyBinding(
        .calendarFactors, keys: [.character("f")], label: "factors",
        help: "Note evening factors for the night"),
      KeyBinding(
        .moveLeft, keys: [.left, .character("h")], label: "night", help: "Previous night", inFooter: false),
      KeyBinding(
        .moveRight, keys: [.right, .character("l")], label: "night", help: "Next night", inFooter: false),
      KeyBinding(
        .moveUp, keys: [.up, .character("k")], label: "week", help: "A week earlier", inFooter: false),
      KeyBinding(
        .moveDown, keys: [.down, .character("j")], label: "week", help: "A week later", inFooter: false),
      KeyBinding(
        .calendarPreviousMonth, keys: [.character("["), .pageUp], label: "month", help: "Previous month"),
      KeyBinding(
        .calendarNextMonth, keys: [.character("]"), .pageDown], label: "month", help: "Next month",
        inFooter: false),
      KeyBinding(
        .calendarTonight, keys: [.character("t")], label: "tonight", help: "Go to tonight", inFooter: false),
      KeyBinding(
        .calendarNextEpisode, keys: [.character("J")], label: "episode",
        help: "Select the night's next episode",
        inFooter: false),
      KeyBinding(
        .calendarPreviousEpisode, keys: [.character("K")], label: "episode",
        help: "Select the night's previous episode", inFooter: false),
    ])

  /// Keys while the quick-log, add or edit form is open (every other key types into the field).
  static let calendarForm = Keymap(
    title: "Episode form",
    bindings: [
      KeyBinding(.formSave, keys: [.enter], label: "save", help: "Save the episode"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Close without saving"),
      KeyBinding(.formNextField, keys: [.down, .tab], label: "field", help: "Next field"),
      KeyBinding(
        .formPreviousField, keys: [.up, .backTab], label: "field", help: "Previous field", inFooter: false),
      KeyBinding(
        .formChange, keys: [.left, .right, .character(" ")], label: "choose",
        help: "Change a choice field (kind, side, site, woke)"),
    ])

  /// Keys of the question asked when a save meets a change made in another terminal to the same fields.
  static let calendarEditConflict = Keymap(
    title: "Changed in another terminal",
    bindings: [
      KeyBinding(
        .conflictKeepMine, keys: [.character("m")], label: "keep mine",
        help: "Save your values over the other terminal's change"),
      KeyBinding(
        .conflictTakeTheirs, keys: [.character("t")], label: "take theirs",
        help: "Keep the other terminal's values in those fields; save your other changes"),
      KeyBinding(.cancel, keys: [.escape], label: "back to form", help: "Back to the form; nothing saved"),
    ])

  /// Keys of the evening factor checklist.
  static let calendarFactorChecklist = Keymap(
    title: "Evening factors",
    bindings: [
      KeyBinding(
        .checklistToggle, keys: [.character(" ")], label: "tick",
        help: "Tick or untick the factor (saved at once)"),
      KeyBinding(
        .moveUp, keys: [.up, .character("k")], label: "up", help: "Previous factor", inFooter: false),
      KeyBinding(
        .moveDown, keys: [.down, .character("j")], label: "down", help: "Next factor", inFooter: false),
      KeyBinding(
        .close, keys: [.escape, .enter, .character("f")], label: "close", help: "Close the checklist"),
    ])
}
