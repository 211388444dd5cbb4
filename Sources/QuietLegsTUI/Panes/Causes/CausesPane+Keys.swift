/// The key tables of the causes pane, one per mode; each drives dispatch, the footer and the help.
extension Keymap {
  /// Browsing the list of causes.
  public static let causesBrowsing = Keymap(
    title: "Causes",
    bindings: [
      KeyBinding(
        .moveUp, keys: [.up, .character("k")], label: "up", help: "Select the row above", inFooter: false),
      KeyBinding(
        .moveDown, keys: [.down, .character("j")], label: "down", help: "Select the row below",
        inFooter: false),
      KeyBinding(
        .first, keys: [.home, .character("g")], label: "first", help: "Select the first row", inFooter: false),
      KeyBinding(
        .last, keys: [.end, .character("G")], label: "last", help: "Select the last row", inFooter: false),
      KeyBinding(
        .tickCause, keys: [.character(" ")], label: "tick", help: "Tick or untick the selected cause"),
      KeyBinding(
        .editNote, keys: [.character("N")], label: "note", help: "Write a note on the selected cause"),
      KeyBinding(.filterCauses, keys: [.character("/")], label: "filter", help: "Filter the causes by words"),
      KeyBinding(
        .showMineOnly, keys: [.character("m")], label: "mine", help: "Show only the causes you ticked, or all"
      ),
      KeyBinding(
        .addLabValue, keys: [.character("L")], label: "lab", help: "Record a ferritin or transferrin value"),
      KeyBinding(
        .startQuestionnaire, keys: [.character("Q")], label: "cramp or RLS?",
        help: "Answer a few questions: cramp or restless legs?"),
      KeyBinding(
        .showSeeADoctor, keys: [.character("D")], label: "doctor", help: "Show when to see a doctor"),
      KeyBinding(
        .openMedicines, keys: [.character("M")], label: "medicines",
        help: "Open your medicines: list, add, log a dose, record a stop"),
      KeyBinding(
        .pageDown, keys: [.pageDown], label: "scroll", help: "Scroll the details down", inFooter: false),
      KeyBinding(.pageUp, keys: [.pageUp], label: "scroll", help: "Scroll the details up", inFooter: false),
      KeyBinding(.clearFilter, keys: [.escape], label: "clear", help: "Clear the filter", inFooter: false),
    ])

  /// Typing a filter.
  public static let causesFiltering = Keymap(
    title: "Filter",
    bindings: [
      KeyBinding(.keepFilter, keys: [.enter], label: "keep", help: "Keep the filter and go back to the list"),
      KeyBinding(.clearFilter, keys: [.escape], label: "clear", help: "Clear the filter"),
      KeyBinding(.moveUp, keys: [.up], label: "up", help: "Select the row above", inFooter: false),
      KeyBinding(.moveDown, keys: [.down], label: "down", help: "Select the row below", inFooter: false),
    ])

  /// Writing a note on a cause.
  public static let causesNote = Keymap(
    title: "Note",
    bindings: [
      KeyBinding(.save, keys: [.enter], label: "save", help: "Save the note"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Leave the note as it was"),
    ])

  /// The form for a lab value.
  public static let causesLabForm = Keymap(
    title: "Lab value",
    bindings: [
      KeyBinding(.save, keys: [.enter], label: "save", help: "Check and save the value"),
      KeyBinding(.nextField, keys: [.tab, .down], label: "next", help: "Go to the next field"),
      KeyBinding(.previousField, keys: [.backTab, .up], label: "back", help: "Go to the previous field"),
      KeyBinding(
        .changeChoice, keys: [.character(" "), .left, .right], label: "change",
        help: "Switch between ferritin and transferrin saturation (on the Test field)"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Close the form without saving"),
    ])

  /// Answering the "Cramp or RLS?" questions.
  public static let causesQuestionnaire = Keymap(
    title: "Cramp or RLS?",
    bindings: [
      KeyBinding(.answerYes, keys: [.character("y")], label: "yes", help: "Answer yes"),
      KeyBinding(.answerNo, keys: [.character("n")], label: "no", help: "Answer no"),
      KeyBinding(.answerUnsure, keys: [.character("u")], label: "unsure", help: "Answer not sure"),
      KeyBinding(
        .previousQuestion, keys: [.left, .character("h")], label: "back", help: "Go back a question"),
      KeyBinding(
        .nextQuestion, keys: [.right, .character("l")], label: "next", help: "Go to the next question"),
      KeyBinding(
        .cancel, keys: [.escape], label: "leave",
        help: "Leave without saving (asks first when answers would be lost)"),
    ])

  /// "Leave and lose your answers?", asked when Esc would throw answers away.
  public static let causesQuestionnaireLeave = Keymap(
    title: "Leave the questions?",
    bindings: [
      KeyBinding(.confirm, keys: [.character("y")], label: "leave", help: "Leave; the answers are not saved"),
      KeyBinding(.cancel, keys: [.character("n"), .escape], label: "stay", help: "Stay and go on answering"),
    ])

  /// The questionnaire's result page.
  public static let causesQuestionnaireResult = Keymap(
    title: "Cramp or RLS?",
    bindings: [
      KeyBinding(.close, keys: [.enter, .escape], label: "close", help: "Back to the causes")
    ])
}
