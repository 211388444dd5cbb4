import QuietLegsCore

/// The chosen routine in a box: what it is for, its safety note, its steps and its sources.
/// Lines that do not fit are cut, with an ellipsis on the last row.
struct RoutineDetailView: Widget {
  let routine: Routine

  func render(into buffer: inout Buffer, area: Rect) {
    let lines = Self.lines(for: routine, width: Box.content(of: area).width)
    // A blank row above and below the text when there is room; the box ends below the text.
    let padding = lines.count + 4 <= area.height ? 1 : 0
    let box = Rect(
      x: area.x, y: area.y, width: area.width, height: min(area.height, lines.count + 2 + 2 * padding))
    Box.draw(into: &buffer, rect: box, title: routine.name)
    let content = Box.content(of: box).inset(dx: 0, dy: padding)
    guard !content.isEmpty else { return }
    for (offset, line) in lines.prefix(content.height).enumerated() {
      let y = content.y + offset
      if offset == content.height - 1, lines.count > content.height {
        buffer.write("…", x: content.x, y: y, role: .muted)
        break
      }
      buffer.write(line.text, x: content.x, y: y, width: content.width, role: line.role)
      if let trailing = line.trailing {
        let width = DisplayWidth.of(trailing)
        buffer.write(trailing, x: content.maxX - width, y: y, width: width, role: .muted)
      }
    }
  }

  /// One row of the details: text, its role, and an optional right-aligned value.
  struct Line: Equatable {
    var text: String
    var role: StyleRole = .text
    var trailing: String?
  }

  static func lines(for routine: Routine, width: Int) -> [Line] {
    var lines: [Line] = []
    func paragraph(_ text: String, role: StyleRole) {
      if !lines.isEmpty { lines.append(Line(text: "")) }
      lines += TextWrap.lines(text, width: width).map { Line(text: $0, role: role) }
    }
    if !routine.summary.isEmpty { paragraph(routine.summary, role: .text) }
    if let safety = routine.safety, !safety.isEmpty { paragraph("Safety: " + safety, role: .warning) }
    if !lines.isEmpty { lines.append(Line(text: "")) }
    lines.append(Line(text: "Steps", role: .title))
    for (index, step) in routine.steps.enumerated() {
      let time = RoutineTimeText.clock(step.seconds)
      let length = step.repetitions > 1 ? "\(step.repetitions) × \(time)" : time
      let numberWidth = DisplayWidth.of(length) + 1
      let title =
        TextWrap.lines("\(index + 1). \(step.title)", width: max(1, width - numberWidth)).first ?? ""
      lines.append(Line(text: title, trailing: length))
    }
    if !routine.sources.isEmpty {
      paragraph("Sources: " + SourceCatalog.builtIn.shortNames(routine.sources), role: .muted)
    }
    return lines
  }
}
