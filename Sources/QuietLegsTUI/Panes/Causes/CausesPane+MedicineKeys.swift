/// The key tables of the medicines view in the causes pane.
extension CausesPane {
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
