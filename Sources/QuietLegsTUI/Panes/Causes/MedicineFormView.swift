import QuietLegsCore

/// Draws the medicine form: one row per field, the check's message or a hint next to it.
enum MedicineFormView {
  static let labelWidth = 7
  static let fieldWidth = 22

  /// Draws the form at the top of `area`; returns the rows used.
  @discardableResult
  static func render(_ form: MedicineForm, into buffer: inout Buffer, area: Rect) -> Int {
    var y = area.y
    buffer.write("Add a medicine or supplement", x: area.x, y: y, width: area.width, role: .title)
    y += 2
    let fieldX = area.x + 2 + labelWidth
    for field in MedicineForm.Field.allCases where y < area.maxY {
      if field == .time && form.asNeeded { continue }
      let focused = form.focus == field
      buffer.write(field.label, x: area.x + 2, y: y, width: labelWidth, role: focused ? .accent : .text)
      var messageX = fieldX + fieldWidth + 2
      if let textField = form.textField(field) {
        textField.render(
          into: &buffer, x: fieldX, y: y, width: fieldWidth, role: .selection, focused: focused)
      } else {
        let choice = "◀ \(form.asNeeded ? "as needed" : "regularly") ▶"
        buffer.write(choice, x: fieldX, y: y, width: area.maxX - fieldX, role: focused ? .selection : .text)
        messageX = fieldX + DisplayWidth.of(choice) + 2
      }
      let message = form.errors[field].map { ($0, StyleRole.danger) } ?? (hint(field, form: form), .muted)
      let lines = TextWrap.lines(message.0, width: max(1, area.maxX - messageX))
      for (offset, line) in lines.enumerated() where y + offset < area.maxY && messageX < area.maxX {
        buffer.write(line, x: messageX, y: y + offset, width: area.maxX - messageX, role: message.1)
      }
      y += max(1, lines.count)
    }
    y += 1
    if y < area.maxY {
      buffer.write(
        "Enter saves · Tab completes or next field · Esc cancels", x: area.x, y: y, width: area.width,
        role: .muted)
    }
    return y + 1 - area.y
  }

  private static func hint(_ field: MedicineForm.Field, form: MedicineForm) -> String {
    switch field {
    case .name:
      form.suggestions.isEmpty ? "as on the box" : "Tab: " + form.suggestions.joined(separator: ", ")
    case .dose: "as on the label, e.g. 1 tablet (optional)"
    case .schedule: "Space or ←→ switches"
    case .time: "usual time HH:MM (optional)"
    case .since: "YYYY-MM-DD, the day you started"
    case .note: "optional"
    }
  }
}
