import Foundation
import QuietLegsCore

/// The "see a doctor" details: the signs that apply to this person (from ticks, labs and nights),
/// most urgent first; then the signs everyone should know, grouped under their urgency with what to do.
enum SeeADoctorText {
  static func lines(applying: [RedFlag], catalog: CauseCatalog, width: Int) -> [StyledLine] {
    var lines = StyledLine.wrapped("See a doctor", width: width, role: .title)
    lines += StyledLine.wrapped(
      "QuietLegs does not diagnose. From your ticks, lab values and the last "
        + "\(CausesJournalData.flagWeeks) weeks of nights:", width: width, role: .accent)
    if applying.isEmpty {
      lines += StyledLine.wrapped(
        "Nothing here raises a sign right now.", width: width, role: .muted, indent: 2)
    }
    for flag in RedFlag.byUrgency(applying).flatMap(\.flags) {
      lines += flagLines(
        flag, mark: "● \(flag.urgency.label): ", heading: false, catalog: catalog, width: width)
    }
    lines.append(.blank)
    lines += StyledLine.wrapped(
      "Signs to know, whatever your journal says, most urgent first:", width: width, role: .accent)
    let applyingIds = Set(applying.map(\.id))
    let general = RedFlagSigns.all.filter { !applyingIds.contains($0.id) }
    for group in RedFlag.byUrgency(general) {
      lines.append(.blank)
      lines += StyledLine.wrapped(
        group.urgency.label.uppercased() + ": " + group.urgency.whatToDo, width: width,
        role: group.urgency <= .sameDay ? .danger : .warning)
      for flag in group.flags {
        lines += flagLines(flag, mark: "· ", heading: true, catalog: catalog, width: width)
      }
    }
    lines.append(.blank)
    let ids = (applying + general).flatMap(\.sources)
    lines += SourceLines.lines(for: SourceLines.firstOccurrences(ids), catalog: catalog, width: width)
    return lines
  }

  /// One sign: its rule after `mark`, what it means, what to do
  /// and its sources. Under an urgency `heading`, the advice leaves out what the heading already says.
  private static func flagLines(
    _ flag: RedFlag, mark: String, heading: Bool, catalog: CauseCatalog, width: Int
  ) -> [StyledLine] {
    // The mark stands out by two columns; later lines of the rule line up with the details.
    var lines = StyledLine.wrapped(
      mark + flag.rule, width: width, role: heading ? .text : roleFor(flag.urgency), indent: 3)
    if !lines.isEmpty { lines[0].indent = 1 }
    lines += StyledLine.wrapped(capitalized(flag.detail) + ".", width: width, role: .muted, indent: 3)
    let own =
      heading && flag.advice.hasPrefix(flag.urgency.whatToDo)
      ? String(flag.advice.dropFirst(flag.urgency.whatToDo.count)).trimmingCharacters(in: .whitespaces)
      : flag.advice
    if !own.isEmpty { lines += StyledLine.wrapped(own, width: width, indent: 3) }
    lines += StyledLine.wrapped(
      "Source: " + catalog.shortNames(flag.sources), width: width, role: .muted, indent: 3)
    return lines
  }

  private static func roleFor(_ urgency: Urgency) -> StyleRole {
    urgency <= .sameDay ? .danger : .warning
  }

  private static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
