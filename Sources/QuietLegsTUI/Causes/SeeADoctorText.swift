import QuietLegsCore

/// The "see a doctor" details: the signs that apply now, then the general signs everyone should know.
enum SeeADoctorText {
  static func lines(applying: [RedFlag], catalog: CauseCatalog, width: Int) -> [StyledLine] {
    var lines = StyledLine.wrapped("See a doctor", width: width, role: .title)
    lines += StyledLine.wrapped(
      "From your ticks, lab values and the last \(CausesJournalData.flagWeeks) weeks of nights:",
      width: width, role: .accent)
    if applying.isEmpty {
      lines += StyledLine.wrapped(
        "Nothing here raises a sign right now.", width: width, role: .muted, indent: 2)
    }
    for flag in applying { lines += flagLines(flag, width: width) }
    lines.append(.blank)
    lines += StyledLine.wrapped("Signs to know, whatever your journal says:", width: width, role: .accent)
    for flag in PersonalRedFlags.alwaysShown { lines += flagLines(flag, width: width) }
    let ids = (applying + PersonalRedFlags.alwaysShown).flatMap(\.sources)
    lines += SourceLines.lines(for: SourceLines.firstOccurrences(ids), catalog: catalog, width: width)
    return lines
  }

  private static func flagLines(_ flag: RedFlag, width: Int) -> [StyledLine] {
    let mark = flag.urgent ? "!! " : "!  "
    var lines = StyledLine.wrapped(mark + flag.rule, width: width, role: flag.urgent ? .danger : .warning)
    lines += StyledLine.wrapped(capitalized(flag.detail) + ".", width: width, indent: 3)
    lines += StyledLine.wrapped(flag.advice, width: width, indent: 3)
    lines += StyledLine.wrapped(
      "Source: " + flag.sources.joined(separator: ", "), width: width, role: .muted, indent: 3)
    return lines
  }

  private static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
