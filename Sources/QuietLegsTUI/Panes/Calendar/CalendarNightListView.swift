import QuietLegsCore

/// Draws the selected night beside the grid: its date, evening factors, routine, and its episodes
/// with the selected one marked, scrolled so the selected episode shows.
struct CalendarNightListView: Widget {
  let content: Content

  /// What the list shows.
  struct Content {
    let night: CivilDate
    let tonight: CivilDate
    let episodes: [Episode]
    let selectedEpisode: Int
    let factorLabels: [String]
    let routineCompleted: Bool
    let nights: NightCalendar
    /// As-needed medicine doses logged this night.
    var doses: [NightDose] = []
    /// How times are written (`clock` in config.toml).
    var clock: ClockStyle = .twentyFourHour
  }

  /// One drawn line: its text, role, attributes and how far in from the left.
  private struct Line {
    var text: String
    var role: StyleRole
    var attributes: TextAttributes = []
    var indent = 0
  }

  func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    let date = CalendarDateText.night(content.night)
    var heading = "Night of " + date
    if content.night == content.tonight { heading += " · tonight" }
    if DisplayWidth.of(heading) > area.width { heading = TextWrap.fitted(date, width: area.width) }
    // Plain text: the heading changes on every move, and a plain style costs no colour codes.
    buffer.write(heading, x: area.x, y: area.y, width: area.width, role: .text)
    var top: [Line] = []
    if !content.factorLabels.isEmpty {
      top.append(Line(text: "Evening: " + content.factorLabels.joined(separator: ", "), role: .muted))
    }
    if content.routineCompleted { top.append(Line(text: "✓ Bedtime routine done", role: .good)) }
    if !content.doses.isEmpty {
      top.append(
        Line(text: NightDose.line(content.doses, nights: content.nights, clock: content.clock), role: .muted))
    }
    let (lines, selectedRange) = Self.episodeLines(content, width: area.width)
    let body = top + lines
    let rows = area.height - 2
    guard rows > 0 else { return }
    let shown = Self.window(
      body, rows: rows,
      selected: selectedRange.map { ($0.lowerBound + top.count)..<($0.upperBound + top.count) })
    for (row, line) in shown.enumerated() {
      buffer.write(
        TextWrap.fitted(line.text, width: area.width - line.indent), x: area.x + line.indent,
        y: area.y + 2 + row, width: area.width - line.indent,
        role: line.role,
        attributes: line.attributes)
    }
  }

  /// The rows of `body` that show, scrolled so the selected lines show; when not all fit, a row
  /// above and below says how many lines are hidden there, so no episode goes silently.
  private static func window(_ body: [Line], rows: Int, selected: Range<Int>?) -> [Line] {
    guard body.count > rows else { return body }
    func offset(_ inner: Int) -> Int {
      let wanted = selected.map { max(0, min($0.upperBound - inner, $0.lowerBound)) } ?? 0
      return max(0, min(wanted, body.count - inner))
    }
    guard rows >= 3 else { return Array(body.dropFirst(offset(rows)).prefix(rows)) }
    var inner = rows - 1
    var first = offset(inner)
    if first > 0 {
      inner = rows - 2
      first = offset(inner)
    }
    var shown = Array(body[first..<min(body.count, first + inner)])
    if first > 0 { shown.insert(Line(text: "↑ " + Self.more(first), role: .muted), at: 0) }
    let below = body.count - first - inner
    if below > 0 { shown.append(Line(text: "↓ " + Self.more(below), role: .muted)) }
    return shown
  }

  /// `21 more` (lines), short enough for the narrowest list.
  private static func more(_ count: Int) -> String { "\(count) more" }

  /// The lines of every episode, and the range of lines of the selected one.
  private static func episodeLines(_ content: Content, width: Int) -> ([Line], Range<Int>?) {
    guard !content.episodes.isEmpty else {
      let hint = ["No episodes this night."]
      return (hint.map { Line(text: $0, role: .text) }, nil)
    }
    var lines: [Line] = []
    var selected: Range<Int>?
    for (index, episode) in content.episodes.enumerated() {
      let start = lines.count
      let isSelected = index == content.selectedEpisode
      let role = isSelected ? StyleRole.selection : CalendarNightStyle.role(SeverityBand(episode.severity))
      let attributes: TextAttributes = isSelected ? .bold : []
      let time = CalendarEpisodeText.time(episode, nights: content.nights, clock: content.clock)
      let indent = CalendarEpisodeText.indent(forWidth: width, clock: content.clock)
      let timeWidth = CalendarEpisodeText.timeWidth(content.clock)
      // A narrow list gives the time a row of its own, so the title wraps at whole words; so does
      // a time that carries the offset it was logged in (`02:10 UTC+09:00`).
      let narrow = indent < CalendarEpisodeText.indent(content.clock) || time.count > timeWidth
      // `3:05 am` is padded to the widest 12-hour time, so titles line up.
      let marker =
        (isSelected ? "› " : "  ") + time
        + String(repeating: " ", count: narrow ? 0 : max(0, timeWidth - time.count))
      let title =
        narrow
        ? [""] + TextWrap.lines(CalendarEpisodeText.title(episode), width: width - indent)
        : TextWrap.lines(CalendarEpisodeText.title(episode), width: width - indent)
      for (row, part) in title.enumerated() {
        let text = row == 0 ? (narrow ? marker : marker + "  " + part) : part
        lines.append(
          Line(
            text: text, role: role, attributes: attributes, indent: row == 0 ? 0 : indent)
        )
      }
      for body in CalendarEpisodeText.bodyLines(episode, width: width, clock: content.clock) {
        // The selected episode is one highlighted block, its detail lines as well as its title.
        lines.append(Line(text: body.text, role: isSelected ? .selection : body.role, indent: indent))
      }
      if isSelected { selected = start..<lines.count }
    }
    return (lines, selected)
  }
}
