/// How every pane draws a read failure: a warning mark and the problem in the danger colour,
/// cut to one row, or wrapped with the advice below it when the area has more rows.
struct ReadProblemView: Widget {
  let problem: ReadProblem

  func render(into buffer: inout Buffer, area: Rect) {
    guard area.height > 0, area.width > 0 else { return }
    let text = "⚠ " + problem.text
    guard area.height > 1 else {
      buffer.write(
        TextWrap.fitted(text, width: area.width), x: area.x, y: area.y, width: area.width, role: .danger)
      return
    }
    var y = area.y
    var parts = [(text, StyleRole.danger)]
    if let advice = problem.advice { parts.append((advice, .muted)) }
    for (part, role) in parts {
      for line in TextWrap.lines(part, width: area.width) where y < area.maxY {
        buffer.write(line, x: area.x, y: y, width: area.width, role: role)
        y += 1
      }
      y += 1
    }
  }
}
