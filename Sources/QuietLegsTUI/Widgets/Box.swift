/// A bordered rectangle with an optional title on its top edge.
enum Box {
  static func draw(into buffer: inout Buffer, rect: Rect, title: String? = nil, role: StyleRole = .border) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    buffer.fill(rect)
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    for x in rect.x + 1..<right {
      buffer.set(x: x, y: rect.y, Cell(symbol: "─", role: role))
      buffer.set(x: x, y: bottom, Cell(symbol: "─", role: role))
    }
    for y in rect.y + 1..<bottom {
      buffer.set(x: rect.x, y: y, Cell(symbol: "│", role: role))
      buffer.set(x: right, y: y, Cell(symbol: "│", role: role))
    }
    buffer.set(x: rect.x, y: rect.y, Cell(symbol: "┌", role: role))
    buffer.set(x: right, y: rect.y, Cell(symbol: "┐", role: role))
    buffer.set(x: rect.x, y: bottom, Cell(symbol: "└", role: role))
    buffer.set(x: right, y: bottom, Cell(symbol: "┘", role: role))
    if let title, rect.width > 4 {
      buffer.write(" \(title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, role: .title)
    }
  }

  /// The area inside the border, with one column of padding each side.
  static func content(of rect: Rect) -> Rect {
    Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  }
}
