import QuietLegsCore

/// One or two lines above the calendar naming the red-flag rules met, most urgent first, with how
/// soon to act and their sources' short names; or why the journal could not be read.
struct CalendarRedFlagBanner: Widget {
  let flags: [RedFlag]
  let problem: ReadProblem?

  /// Rows the banner takes: two with something to say, none otherwise.
  static func height(flags: [RedFlag], problem: ReadProblem?) -> Int {
    flags.isEmpty && problem == nil ? 0 : 2
  }

  /// `Soon: More than 3 bad nights in a week (…) [NHS: Restless legs syndrome]`.
  static func rule(_ flag: RedFlag) -> String {
    "\(flag.urgency.label): \(flag.rule) [\(SourceCatalog.builtIn.shortNames(flag.sources))]"
  }

  /// The first flag's line, what it found (the nights it refers to) before the rule, so a narrow
  /// screen cuts the rule rather than the dates: `⚠ Soon: 4 bad nights in the week of … · More than…`.
  static func headline(_ flag: RedFlag) -> String {
    "⚠ \(flag.urgency.label): \(flag.detail) · \(flag.rule)"
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
    buffer.write(
      TextWrap.fitted(Self.headline(first), width: width), x: x, y: y,
      width: width, role: first.urgency <= .sameDay ? .danger : .warning)
    let second =
      flags.count == 1
      ? "  \(first.urgency.whatToDo) [\(SourceCatalog.builtIn.shortNames(first.sources))] "
        + "QuietLegs does not diagnose."
      : "⚠ Also: " + flags.dropFirst().map(Self.rule).joined(separator: "; ")
    buffer.write(TextWrap.fitted(second, width: width), x: x, y: y + 1, width: width, role: .warning)
  }
}
