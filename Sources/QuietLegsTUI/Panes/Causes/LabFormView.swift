import QuietLegsCore

/// Draws the lab form: one row per field, the check's message next to the field it is about,
/// then a line of keys.
enum LabFormView {
  static let labelWidth = 8
  static let fieldWidth = 14

  /// Draws the form at the top of `area`; returns the rows used.
  @discardableResult
  static func render(_ form: LabForm, into buffer: inout Buffer, area: Rect) -> Int {
    var y = area.y
    buffer.write("Record a lab value", x: area.x, y: y, width: area.width, role: .title)
    y += 2
    let fieldX = area.x + 2 + labelWidth
    let messageX = fieldX + fieldWidth + 2
    let messageWidth = area.maxX - messageX
    for field in LabForm.Field.allCases where y < area.maxY {
      let focused = form.focus == field
      // The focused field: `›` before its label and the field reversed (the others plain), as in the
      // episode form, so the focus does not rest on a bold label alone.
      buffer.write(
        (focused ? "› " : "  ") + field.label, x: area.x, y: y, width: labelWidth + 2,
        role: focused ? .accent : .text)
      if let textField = form.textField(field) {
        textField.render(
          into: &buffer, x: fieldX, y: y, width: fieldWidth, role: focused ? .selection : .text,
          focused: focused)
      } else {
        let choice = "◀ \(form.test.label) ▶"
        buffer.write(choice, x: fieldX, y: y, width: area.maxX - fieldX, role: focused ? .selection : .text)
      }
      let message =
        form.errors[field].map { ($0, StyleRole.danger) } ?? (hint(for: field, form: form), .muted)
      let x = field == .test ? fieldX + DisplayWidth.of("◀ \(form.test.label) ▶") + 2 : messageX
      let lines = TextWrap.lines(message.0, width: max(1, area.maxX - x))
      for (offset, line) in lines.enumerated()
      where y + offset < area.maxY && (offset == 0 || messageWidth > 0) {
        buffer.write(line, x: x, y: y + offset, width: area.maxX - x, role: message.1)
      }
      y += max(1, lines.count)
    }
    y += 1
    if y < area.maxY {
      buffer.write(
        "Enter saves · Tab next field · Esc cancels", x: area.x, y: y, width: area.width, role: .muted)
    }
    return y + 1 - area.y
  }

  private static func hint(for field: LabForm.Field, form: LabForm) -> String {
    switch field {
    case .test: "Space or ←→ switches"
    case .value: form.test == .ferritin ? "e.g. 42" : "e.g. 18 (percent)"
    case .unit: form.test.units.joined(separator: " or ")
    case .date: "YYYY-MM-DD, the day of the test"
    }
  }
}
