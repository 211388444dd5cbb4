/// The actions and key tables of the medicines view in the causes pane.
extension Action {
  public static let openMedicines = Action("open-medicines")
  public static let addMedicine = Action("add-medicine")
  public static let stopMedicine = Action("stop-medicine")
  public static let logDose = Action("log-dose")
}

extension Keymap {
  /// The medicines list.
  public static let causesMedicines = Keymap(
    title: "Medicines",
    bindings: [
      KeyBinding(.moveUp, keys: [.up, .character("k")], label: "up", help: "Select the medicine above"),
      KeyBinding(
        .moveDown, keys: [.down, .character("j")], label: "down", help: "Select the medicine below"),
      KeyBinding(.addMedicine, keys: [.character("a")], label: "add", help: "Add a medicine or supplement"),
      KeyBinding(
        .logDose, keys: [.character("t")], label: "took",
        help: "Log a dose of the selected as-needed medicine, taken now"),
      KeyBinding(
        .stopMedicine, keys: [.character("s")], label: "stopped",
        help: "Record that the selected medicine was stopped today (as agreed with your prescriber)"),
      KeyBinding(.close, keys: [.escape], label: "back", help: "Back to the causes"),
    ])

  /// The form for a new medicine.
  public static let causesMedicineForm = Keymap(
    title: "Medicine",
    bindings: [
      KeyBinding(.save, keys: [.enter], label: "save", help: "Check and save the medicine"),
      KeyBinding(
        .nextField, keys: [.tab, .down], label: "next",
        help: "Complete the name with the first suggestion, or go to the next field"),
      KeyBinding(.previousField, keys: [.backTab, .up], label: "back", help: "Go to the previous field"),
      KeyBinding(
        .changeChoice, keys: [.character(" "), .left, .right], label: "change",
        help: "Switch between regularly and as needed (on the Taken field)"),
      KeyBinding(.cancel, keys: [.escape], label: "cancel", help: "Close the form without saving"),
    ])
}
