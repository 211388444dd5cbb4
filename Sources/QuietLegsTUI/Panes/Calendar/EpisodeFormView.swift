import QuietLegsCore

/// Draws the episode form as a box over the calendar: one row per field, each field's message
/// beside it, and the form's keys at the bottom.
struct EpisodeFormView: Widget {
  let form: EpisodeForm

  static let labelWidth = 11
  static let keysLine = "Enter save · Esc cancel · ↑↓ field · ←→/Space choose"

  func render(into buffer: inout Buffer, area: Rect) {
    let box = area.centered(width: min(area.width - 2, 76), height: form.fields.count + 4)
    Box.draw(into: &buffer, rect: box, title: Self.title(of: form))
    let content = Box.content(of: box)
    guard !content.isEmpty else { return }
    for (row, field) in form.fields.enumerated() where row < content.height - 2 {
      Self.drawField(field, of: form, into: &buffer, x: content.x, y: content.y + row, width: content.width)
    }
    buffer.write(Self.keysLine, x: content.x, y: content.maxY - 1, width: content.width, role: .muted)
  }

  static func title(of form: EpisodeForm) -> String {
    let night = "night of " + CalendarDateText.night(form.night)
    switch form.purpose {
    case .quickLog: return "Log an episode now (\(night))"
    case .add: return "Add an episode (\(night))"
    case .edit: return "Edit episode (\(night))"
    }
  }

  /// The width of a field's value column.
  static func valueWidth(_ field: EpisodeFormField, contentWidth: Int) -> Int {
    let room = contentWidth - labelWidth
    return field == .note ? room : min(room, 17)
  }

  private static func drawField(
    _ field: EpisodeFormField, of form: EpisodeForm, into buffer: inout Buffer, x: Int, y: Int, width: Int
  ) {
    let focused = form.focus == field
    buffer.write(
      (focused ? "› " : "  ") + field.label, x: x, y: y, width: labelWidth - 1,
      role: focused ? .accent : .text)
    let valueX = x + labelWidth
    let counter = form.textField(field).flatMap(LengthCounter.text(for:))
    var valueWidth = valueWidth(field, contentWidth: width)
    // The note takes the whole row: near its limit it leaves room for the counter.
    if field == .note, let counter { valueWidth -= DisplayWidth.of(counter) + 1 }
    if let text = form.textField(field) {
      text.render(into: &buffer, x: valueX, y: y, width: valueWidth, role: .text, focused: focused)
    } else {
      buffer.write(
        "‹ \(form.choiceText(field)) ›", x: valueX, y: y, width: valueWidth,
        role: focused ? .selection : .text)
    }
    let messageX = valueX + valueWidth + 1
    let messageWidth = x + width - messageX
    guard messageWidth > 0 else { return }
    if let error = form.errors[field] {
      buffer.write(
        TextWrap.fitted("✗ " + error, width: messageWidth), x: messageX, y: y, width: messageWidth,
        role: .danger)
    } else if let counter, let text = form.textField(field) {
      buffer.write(
        counter, x: messageX, y: y, width: messageWidth, role: text.refusedAtLimit ? .warning : .muted)
    } else {
      buffer.write(
        TextWrap.fitted(form.hint(field), width: messageWidth), x: messageX, y: y, width: messageWidth,
        role: .muted
      )
    }
  }
}
