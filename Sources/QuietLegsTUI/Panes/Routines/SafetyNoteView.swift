import QuietLegsCore

/// The routine's safety note in a box, read before the routine starts.
struct SafetyNoteView: Widget {
  let routine: Routine

  static let keys = "Enter starts the routine; Esc goes back."

  func render(into buffer: inout Buffer, area: Rect) {
    let width = min(area.width - 4, 66)
    var note = TextWrap.lines(routine.safety ?? "", width: width - 4)
    // The box's inside: its height less the borders and a row of margin above and below.
    let rows = min(area.height, note.count + 8) - 4
    let spacious = note.count + 4 <= rows
    // Too short for the whole note: the key line stays, the blank rows go, and the note's last
    // row shown ends with `…` so a cut is never silent.
    let noteRows = max(1, rows - (spacious ? 4 : 2))
    if note.count > noteRows {
      note = Array(note.prefix(noteRows))
      note[noteRows - 1] = TextWrap.fitted(note[noteRows - 1] + " …", width: width - 4)
    }
    let blank: [(String, StyleRole)] = spacious ? [("", .text)] : []
    let lines: [(String, StyleRole)] =
      [(routine.name, .title)] + blank + note.map { ($0, .warning) } + blank + [(Self.keys, .muted)]
    let box = area.centered(width: width, height: lines.count + 4)
    Box.draw(into: &buffer, rect: box, title: "Before you start")
    let content = Box.content(of: box).inset(dx: 0, dy: 1)
    for (offset, (text, role)) in lines.prefix(content.height).enumerated() {
      buffer.write(
        TextWrap.fitted(text, width: content.width), x: content.x, y: content.y + offset,
        width: content.width,
        role: role)
    }
  }
}
