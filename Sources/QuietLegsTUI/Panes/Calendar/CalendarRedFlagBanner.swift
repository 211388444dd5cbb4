import QuietLegsCore

/// Two or three lines above the calendar naming the red-flag rules met, most urgent first, with how
/// soon to act and their sources' short names; or why the journal could not be read.
struct CalendarRedFlagBanner: Widget {
  let flags: [RedFlag]
  let problem: ReadProblem?

  /// Rows the banner takes in a pane `width` wide: the first flag's line, wrapped onto a second
  /// row when it does not fit (so the nights it refers to stay on screen), and a row of advice;
  /// none with nothing to say.
  static func height(flags: [RedFlag], problem: ReadProblem?, width: Int) -> Int {
    if problem != nil { return 2 }
    guard let first = RedFlag.byUrgency(flags).flatMap(\.flags).first else { return 0 }
    return headlineLines(first, width: width - 2).count + 1
  }

  /// The first flag's line in at most two rows, the second ending with `…` if it is cut.
  static func headlineLines(_ flag: RedFlag, width: Int) -> [String] {
    let lines = TextWrap.lines(headline(flag), width: max(1, width))
    guard lines.count > 2 else { return lines }
    return [lines[0], TextWrap.fitted(lines[1] + " " + lines[2...].joined(separator: " "), width: width)]
  }

  /// `Soon: More than 3 bad nights in a week (…) [NHS: Restless legs syndrome]`.
  static func rule(_ flag: RedFlag) -> String {
    "\(flag.urgency.label): \(flag.rule) [\(SourceCatalog.builtIn.shortNames(flag.sources))]"
  }

  /// The first flag's line: `⚠ Soon: More than 3 bad nights in a week (…) (4 bad nights in …)`.
  static func headline(_ flag: RedFlag) -> String {
    "⚠ \(flag.urgency.label): \(flag.rule) (\(flag.detail))"
  }

  func render(into buffer: inout Buffer, area: Rect) {
    let x = area.x
    let y = area.y
    let width = area.width
    if let problem {
      ReadProblemView(problem: problem).render(into: &buffer, area: Rect(x: x, y: y, width: width, height: 1))
      return
    }
    let flags = RedFlag.byUrgency(flags).flatMap(\.flags)
    guard let first = flags.first else { return }
    let headline = Self.headlineLines(first, width: width)
    for (row, line) in headline.enumerated() {
      buffer.write(
        line, x: x, y: y + row, width: width, role: first.urgency <= .sameDay ? .danger : .warning)
    }
    let second =
      flags.count == 1
      ? "  \(first.urgency.whatToDo) [\(SourceCatalog.builtIn.shortNames(first.sources))] "
        + "QuietLegs does not diagnose."
      : "⚠ Also: " + flags.dropFirst().map(Self.rule).joined(separator: "; ")
    buffer.write(
      TextWrap.fitted(second, width: width), x: x, y: y + headline.count, width: width, role: .warning)
  }
}
