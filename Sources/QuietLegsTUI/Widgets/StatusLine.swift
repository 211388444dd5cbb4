/// The row above the footer: the latest message, coloured by its kind; empty when there is none.
struct StatusLine: Widget {
  let message: StatusMessage?

  func render(into buffer: inout Buffer, area: Rect) {
    let row = area
    guard let message else {
      buffer.fill(row)
      return
    }
    let role = message.kind.role
    buffer.fill(row, with: Cell(role: role))
    buffer.write(
      TextWrap.fitted(message.text, width: row.width - 2), x: row.x + 1, y: row.y, width: row.width - 2,
      role: role)
  }
}
