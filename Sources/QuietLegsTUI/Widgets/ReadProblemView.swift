/// How every pane draws a read failure: on one row, a warning mark and the problem in the danger
/// colour, cut to the width; with more rows, the text wrapped, or for a damaged journal a
/// heading, the problem in full and what to do next.
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
    let parts: [(String, StyleRole)] =
      problem.damage.map { damage in
        [
          (ReadProblem.Damage.heading, .danger), (damage.detail, .text),
          (ReadProblem.Damage.advice, .muted),
        ]
      } ?? [(text, .danger)]
    var y = area.y
    for (part, role) in parts {
      for line in TextWrap.lines(part, width: area.width) where y < area.maxY {
        buffer.write(line, x: area.x, y: y, width: area.width, role: role)
        y += 1
      }
      y += 1
    }
  }
}
