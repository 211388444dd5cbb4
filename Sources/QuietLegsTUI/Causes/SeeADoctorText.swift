import QuietLegsCore

/// The "see a doctor" details, grouped by urgency, most urgent first: under each level what to do,
/// then the signs that apply to this person (from ticks, labs and nights), then the signs to know.
enum SeeADoctorText {
  static func lines(applying: [RedFlag], catalog: CauseCatalog, width: Int) -> [StyledLine] {
    var lines = StyledLine.wrapped("See a doctor", width: width, role: .title)
    lines += StyledLine.wrapped(
      "QuietLegs does not diagnose. Signs to act on, most urgent first. From your ticks, lab values and "
        + "the last \(CausesJournalData.flagWeeks) weeks of nights: "
        + (applying.isEmpty ? "nothing raises a sign right now." : "\(applying.count) marked ● below."),
      width: width, role: .muted)
    let applyingIds = Set(applying.map(\.id))
    let general = RedFlagSigns.all.filter { !applyingIds.contains($0.id) }
    for group in RedFlag.byUrgency(applying + general) {
      lines.append(.blank)
      lines += StyledLine.wrapped(
        group.urgency.label.uppercased() + ": " + group.urgency.whatToDo, width: width,
        role: group.urgency <= .sameDay ? .danger : .warning)
      for flag in group.flags {
        lines += flagLines(flag, applies: applying.contains(flag), catalog: catalog, width: width)
      }
    }
    lines.append(.blank)
    let ids = (applying + general).flatMap(\.sources)
    lines += SourceLines.lines(for: SourceLines.firstOccurrences(ids), catalog: catalog, width: width)
    return lines
  }

  private static func flagLines(_ flag: RedFlag, applies: Bool, catalog: CauseCatalog, width: Int)
    -> [StyledLine]
  {
    // The mark hangs: later lines of the rule line up under its text.
    var lines = StyledLine.wrapped(flag.rule, width: width, role: applies ? .warning : .text, indent: 3)
    if !lines.isEmpty {
      lines[0] = StyledLine(text: (applies ? "● " : "· ") + lines[0].text, role: lines[0].role, indent: 1)
    }
    lines += StyledLine.wrapped(capitalized(flag.detail) + ".", width: width, role: .muted, indent: 3)
    if flag.advice != flag.urgency.whatToDo {
      lines += StyledLine.wrapped(flag.advice, width: width, indent: 3)
    }
    lines += StyledLine.wrapped(
      "Source: " + catalog.shortNames(flag.sources), width: width, role: .muted, indent: 3)
    return lines
  }

  private static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
