/// What the causes pane's keys do and its key tables, one per mode; each drives dispatch, the
/// footer and the help.
extension CausesPane {
  /// Browsing the list of causes.
  public enum Action: Hashable, Sendable {
    case move(Movement)
    case tick, note, filter, clearFilter, mineOnly, lab, questionnaire, seeADoctor, medicines
  }

  /// Typing a filter.
  public enum FilterAction: Hashable, Sendable { case keep, clear, up, down }

  /// Writing a note on a cause.
  public enum NoteAction: Hashable, Sendable { case save, cancel }

  /// Filling in a form (a lab value, a medicine).
  public enum FormAction: Hashable, Sendable { case save, nextField, previousField, change, cancel }

  /// Answering the "Cramp or RLS?" questions.
  public enum QuestionAction: Hashable, Sendable { case yes, no, unsure, previous, next, leave }

  /// The questionnaire's result page.
  public enum ResultAction: Hashable, Sendable { case close }

  /// The medicines list.
  public enum MedicinesAction: Hashable, Sendable { case up, down, add, took, stopped, back }

  /// Every key table of the pane.
  public static var keyTables: [KeyTable] {
    [
      browsingKeys.table, filterKeys.table, noteKeys.table, labFormKeys.table, questionKeys.table,
      leaveKeys.table, resultKeys.table, medicinesKeys.table, medicineFormKeys.table,
    ]
  }

  /// Browsing the list of causes.
  static let browsingKeys = Keymap<Action>(
    title: "Causes",
    bindings: [
      KeyBinding(
        .move(.up), keys: [.up, .character("k")], label: "up", help: "Select the row above", inFooter: false),
      KeyBinding(
        .move(.down), keys: [.down, .character("j")], label: "down", help: "Select the row below",
        inFooter: false),
      KeyBinding(
        .move(.first), keys: [.home, .character("g")], label: "first", help: "Select the first row",
        inFooter: false),
      KeyBinding(
        .move(.last), keys: [.end, .character("G")], label: "last", help: "Select the last row",
        inFooter: false),
      KeyBinding(
        .tick, keys: [.character(" ")], label: "tick", help: "Tick or untick the selected cause"),
      KeyBinding(
        .note, keys: [.character("N")], label: "note", help: "Write a note on the selected cause"),
      KeyBinding(.filter, keys: [.character("/")], label: "filter", help: "Filter the causes by words"),
      KeyBinding(
        .mineOnly, keys: [.character("m")], label: "mine", help: "Show only the causes you ticked, or all"
      ),
      KeyBinding(
        .lab, keys: [.character("L")], label: "lab", help: "Record a ferritin or transferrin value"),
      KeyBinding(
        .questionnaire, keys: [.character("Q")], label: "cramp or RLS?",
        help: "Answer a few questions: cramp or restless legs?"),
      KeyBinding(
        .seeADoctor, keys: [.character("D")], label: "doctor", help: "Show when to see a doctor"),
      KeyBinding(
        .medicines, keys: [.character("M")], label: "medicines",
        help: "Open your medicines: list, add, log a dose, record a stop"),
      KeyBinding(
        .move(.pageDown), keys: [.pageDown], label: "scroll", help: "Scroll the details down", inFooter: false
      ),
      KeyBinding(
        .move(.pageUp), keys: [.pageUp], label: "scroll", help: "Scroll the details up", inFooter: false),
      KeyBinding(.clearFilter, keys: [.escape], label: "clear", help: "Clear the filter", inFooter: false),
    ])

  /// Typing a filter.
  static let filterKeys = Keymap<FilterAction>(
    title: "Filter",
    bindings: [
      KeyBinding(.keep, keys: [.enter], label: "keep", help: "Keep the filter and go back to the list"),
      KeyBinding(.clear, keys: [.escape], label: "clear", help: "Clear the filter"),
      KeyBinding(.up, keys: [.up], label: "up", help: "Select the row above", inFooter: false),
      KeyBinding(.down, keys: [.down], label: "down", help: "Select the row below", inFooter: false),
    ])

  /// Writing a note on a cause.
  static let noteKeys = Keymap<NoteAction>(
    title: "Note",
    bindings: [
      KeyBinding(.save, keys: [.enter], label: "save", help: "Save the note"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Leave the note as it was"),
    ])

  /// The form for a lab value.
  static let labFormKeys = Keymap<FormAction>(
    title: "Lab value",
    bindings: [
      KeyBinding(.save, keys: [.enter], label: "save", help: "Check and save the value"),
      KeyBinding(.nextField, keys: [.tab, .down], label: "next", help: "Go to the next field"),
      KeyBinding(.previousField, keys: [.backTab, .up], label: "back", help: "Go to the previous field"),
      KeyBinding(
        .change, keys: [.character(" "), .left, .right], label: "change",
        help: "Switch between ferritin and transferrin saturation (on the Test field)"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Close the form without saving"),
    ])

  /// Answering the "Cramp or RLS?" questions.
  static let questionKeys = Keymap<QuestionAction>(
    title: "Cramp or RLS?",
    bindings: [
      KeyBinding(.yes, keys: [.character("y")], label: "yes", help: "Answer yes"),
      KeyBinding(.no, keys: [.character("n")], label: "no", help: "Answer no"),
      KeyBinding(.unsure, keys: [.character("u")], label: "unsure", help: "Answer not sure"),
      KeyBinding(
        .previous, keys: [.left, .character("h")], label: "back", help: "Go back a question"),
      KeyBinding(
        .next, keys: [.right, .character("l")], label: "next", help: "Go to the next question"),
      KeyBinding(
        .leave, keys: [.escape], label: "leave",
        help: "Leave without saving (asks first when answers would be lost)"),
    ])

  /// "Leave and lose your answers?", asked when Esc would throw answers away.
  static let leaveKeys = Keymap<Answer>(
    title: "Leave the questions?",
    bindings: [
      KeyBinding(.confirm, keys: [.character("y")], label: "leave", help: "Leave; the answers are not saved"),
      KeyBinding(.cancel, keys: [.character("n"), .escape], label: "stay", help: "Stay and go on answering"),
    ])

  /// The questionnaire's result page.
  static let resultKeys = Keymap<ResultAction>(
    title: "Cramp or RLS?",
    bindings: [
      KeyBinding(.close, keys: [.enter, .escape], label: "close", help: "Back to the causes")
    ])

  /// The medicines list.
  static let medicinesKeys = Keymap<MedicinesAction>(
    title: "Medicines",
    bindings: [
      KeyBinding(.up, keys: [.up, .character("k")], label: "up", help: "Select the medicine above"),
      KeyBinding(
        .down, keys: [.down, .character("j")], label: "down", help: "Select the medicine below"),
      KeyBinding(.add, keys: [.character("a")], label: "add", help: "Add a medicine or supplement"),
      KeyBinding(
        .took, keys: [.character("t")], label: "took",
        help: "Log a dose of the selected as-needed medicine, taken now"),
      KeyBinding(
        .stopped, keys: [.character("s")], label: "stopped",
        help: "Record that the selected medicine was stopped today (as agreed with your prescriber)"),
      KeyBinding(.back, keys: [.escape], label: "back", help: "Back to the causes"),
    ])

  /// The form for a new medicine.
  static let medicineFormKeys = Keymap<FormAction>(
    title: "Medicine",
    bindings: [
      KeyBinding(.save, keys: [.enter], label: "save", help: "Check and save the medicine"),
      KeyBinding(
        .nextField, keys: [.tab, .down], label: "next",
        help: "Complete the name with the first suggestion, or go to the next field"),
      KeyBinding(.previousField, keys: [.backTab, .up], label: "back", help: "Go to the previous field"),
      KeyBinding(
        .change, keys: [.character(" "), .left, .right], label: "change",
        help: "Switch between regularly and as needed (on the Taken field)"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Close the form without saving"),
    ])
}
