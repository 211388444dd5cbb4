/// What the calendar shows in place of its months when the journal is damaged: an empty
/// calendar would say "no episodes" about nights that were recorded.
enum CalendarDamageView {
  static let title = "The journal is damaged and cannot be read"
  static let next =
    "Nothing was changed. Press q to quit, then run `quietlegs restore FILE` with a copy from backups/."

  static func render(_ message: String, into buffer: inout Buffer, area: Rect) {
    var y = area.y + 1
    let width = max(1, area.width - 2)
    for (text, role) in [(title, StyleRole.danger), (message, .text), (next, .muted)] {
      for line in TextWrap.lines(text, width: width) where y < area.maxY {
        buffer.write(line, x: area.x + 1, y: y, width: width, role: role)
        y += 1
      }
      y += 1
    }
  }
}
