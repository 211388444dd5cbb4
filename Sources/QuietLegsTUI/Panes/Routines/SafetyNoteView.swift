import QuietLegsCore

/// The routine's safety note in a box, read before the routine starts.
struct SafetyNoteView: Widget {
  let routine: Routine

  func render(into buffer: inout Buffer, area: Rect) {
    let width = min(area.width - 4, 66)
    let note = TextWrap.lines(routine.safety ?? "", width: width - 4)
    let lines: [(String, StyleRole)] =
      [(routine.name, .title), ("", .text)] + note.map { ($0, .warning) } + [
        ("", .text), ("Enter starts the routine; Esc goes back.", .muted),
      ]
    let box = area.centered(width: width, height: lines.count + 4)
    Box.draw(into: &buffer, rect: box, title: "Before you start")
    let content = Box.content(of: box).inset(dx: 0, dy: 1)
    for (offset, (text, role)) in lines.prefix(content.height).enumerated() {
      buffer.write(text, x: content.x, y: content.y + offset, width: content.width, role: role)
    }
  }
}
