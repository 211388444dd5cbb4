/// Draws styled lines in a rectangle from a scroll offset; when lines are hidden, the first or
/// last row says so instead of showing a line.
struct ScrolledLinesView: Widget {
  let lines: [StyledLine]
  /// The first line shown (clamped to what can scroll).
  var scroll = 0
  /// False: lines that do not fit are cut off with no marks (nothing can scroll them).
  var scrolls = true

  static let moreBelow = "PgDn more ↓"
  static let moreAbove = "PgUp more ↑"

  /// Draws the lines from `scroll`, with a mark row for lines hidden above or below.
  func render(into buffer: inout Buffer, area: Rect) {
    guard area.height >= 3 else { return }
    let fits = !scrolls || lines.count <= area.height
    let maximum = scrolls ? Self.maximumScroll(lineCount: lines.count, height: area.height) : 0
    let top = max(0, min(scroll, maximum))
    let hasAbove = top > 0
    let hasBelow = !fits && top < maximum
    let firstRow = hasAbove ? 1 : 0
    let rows = area.height - firstRow - (hasBelow ? 1 : 0)
    for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
      let y = area.y + firstRow + offset
      buffer.write(line.text, x: area.x + line.indent, y: y, width: area.width - line.indent, role: line.role)
    }
    if hasAbove { Self.writeMark(Self.moreAbove, into: &buffer, x: area.maxX, y: area.y) }
    if hasBelow { Self.writeMark(Self.moreBelow, into: &buffer, x: area.maxX, y: area.maxY - 1) }
  }

  /// The largest useful scroll offset for `lineCount` lines in `height` rows.
  static func maximumScroll(lineCount: Int, height: Int) -> Int {
    guard height >= 3, lineCount > height else { return 0 }
    // With a mark row at the top and one at the bottom, each screen shows height - 2 lines.
    return lineCount - (height - 1)
  }

  private static func writeMark(_ mark: String, into buffer: inout Buffer, x maxX: Int, y: Int) {
    let width = DisplayWidth.of(mark)
    buffer.write(mark, x: maxX - width, y: y, width: width, role: .muted)
  }
}
