import QuietLegsCore

/// The details of one cause as lines: title, condition, tick and note, the four texts and sources.
enum CauseDetailText {
  static func lines(
    for cause: Cause, entry: ChecklistEntry?, catalog: CauseCatalog, width: Int
  ) -> [StyledLine] {
    var lines = StyledLine.wrapped(cause.title, width: width, role: .title)
    let group = catalog.groups.first { $0.id == cause.group }?.title ?? cause.group
    lines += StyledLine.wrapped(
      "May play a part in: \(cause.condition.label) · \(group)", width: width, role: .muted)
    if let entry, entry.ticked {
      let date = entry.tickedOn.map { " on \($0)" } ?? ""
      lines += StyledLine.wrapped("[x] Ticked\(date) (Space unticks)", width: width, role: .good)
    } else {
      lines += StyledLine.wrapped(
        "[ ] Not ticked (Space ticks it if it fits you)", width: width, role: .muted)
    }
    if let note = entry?.note, !note.isEmpty {
      lines += StyledLine.wrapped("Your note: \(note)", width: width, role: .text)
    } else {
      lines += StyledLine.wrapped("No note (N adds one)", width: width, role: .muted)
    }
    lines.append(.blank)
    lines += StyledLine.section("Why it matters", cause.why, width: width)
    lines += StyledLine.section("How to check", cause.check, width: width)
    lines += StyledLine.section("What to do", cause.action, width: width)
    lines += StyledLine.section("When to see a doctor", cause.doctor, width: width)
    if cause.condition != .rls {
      // A clot can be taken for a cramp: every cramp cause carries the warning.
      lines += StyledLine.wrapped("Could it be a clot?", width: width, role: .danger)
      lines += StyledLine.wrapped(RedFlagSigns.clotInBrief, width: width, indent: 2)
      lines.append(.blank)
    }
    let clot = cause.condition == .rls ? [] : RedFlagSigns.clot.sources
    lines += SourceLines.lines(
      for: SourceLines.firstOccurrences(cause.sources + clot), catalog: catalog, width: width)
    return lines
  }
}
