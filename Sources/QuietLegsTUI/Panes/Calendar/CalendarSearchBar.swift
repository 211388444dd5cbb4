import QuietLegsCore

/// The calendar's find line at the bottom of the pane: `Find: text` and its keys.
struct CalendarSearchBar: Widget {
  let field: TextField

  static let label = "Find: "
  static let hint = "  Enter next night · Esc close"

  func render(into buffer: inout Buffer, area: Rect) {
    guard area.height > 0, area.width > 2 else { return }
    let row = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
    buffer.fill(row, with: Cell(role: .status))
    let x = row.x + 1
    let used = buffer.write(
      Self.label, x: x, y: row.y, width: row.width - 1, role: .accent, attributes: .bold)
    let hintWidth = DisplayWidth.of(Self.hint)
    let fieldWidth = max(1, row.maxX - x - used - hintWidth - 1)
    field.render(into: &buffer, x: x + used, y: row.y, width: fieldWidth, role: .text, focused: true)
    buffer.write(
      Self.hint, x: x + used + fieldWidth, y: row.y, width: row.maxX - x - used - fieldWidth, role: .muted)
  }
}
