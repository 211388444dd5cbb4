/// The calm screen after a routine reached its end.
enum RoutineDoneView {
  static func render(_ result: RoutineResult, into buffer: inout Buffer, area: Rect) {
    let steps = result.stepCount == 1 ? "its step" : "all \(result.stepCount) steps"
    let lines: [(String, StyleRole)] = [
      ("Done", .title),
      ("", .text),
      ("\(result.routineName): \(steps) in \(RoutineTimeText.clock(result.seconds)).", .text),
      (
        result.saved ? "Kept in your journal for tonight." : "It could not be saved; see the line below.",
        .muted
      ),
      ("", .text),
      ("Rest well.", .text),
      ("", .text),
      ("Enter or Esc: back to the list", .muted),
    ]
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (offset, (text, role)) in lines.enumerated() where top + offset < area.maxY {
      let x = area.x + max(0, (area.width - DisplayWidth.of(text)) / 2)
      buffer.write(
        text, x: x, y: top + offset, width: area.maxX - x, role: role, attributes: offset == 0 ? .bold : [])
    }
  }
}
