import QuietLegsCore

/// Draws a month of nights: the month's name, weekday headings, six weeks of night cells shaded by
/// severity with episode and routine marks, tonight and the selection marked, and a legend.
enum CalendarMonthGridView {
  static let cellWidth = 6
  static let width = cellWidth * 7
  /// Title, headings, six weeks, legend.
  static let height = 9

  /// What the grid shows.
  struct Content {
    let store: CalendarStore
    let selected: CivilDate
    let tonight: CivilDate
    let weekStart: WeekStart
  }

  static func render(_ content: Content, into buffer: inout Buffer, x: Int, y: Int) {
    let month = content.selected.firstOfMonth
    let title = "◀ [  " + CalendarDateText.month(month) + "  ] ▶"
    buffer.write(title, x: x + max(0, (width - DisplayWidth.of(title)) / 2), y: y, role: .title)
    for (column, heading) in CalendarDateText.weekdayHeadings(content.weekStart).enumerated() {
      buffer.write(heading, x: x + column * cellWidth + 1, y: y + 1, role: .muted)
    }
    let first = month.startOfWeek(content.weekStart)
    for week in 0..<6 {
      for column in 0..<7 {
        let night = first.adding(days: week * 7 + column)
        guard night.month == month.month else { continue }
        drawCell(night, content: content, into: &buffer, x: x + column * cellWidth, y: y + 2 + week)
      }
    }
    buffer.write(CalendarNightStyle.legend, x: x, y: y + 8, width: width, role: .muted)
  }

  private static func drawCell(
    _ night: CivilDate, content: Content, into buffer: inout Buffer, x: Int, y: Int
  ) {
    let summary = content.store.summary(night)
    let isSelected = night == content.selected
    let isTonight = night == content.tonight
    let selection: TextAttributes = isSelected ? .reverse : []
    let severity = CalendarNightStyle.role(summary.band)
    let dayRole: StyleRole =
      summary.episodeCount > 0 ? severity : isTonight ? .today : night > content.tonight ? .muted : .text
    let left = isSelected ? "[" : isTonight ? CalendarNightStyle.tonight : " "
    buffer.write(left, x: x, y: y, role: isTonight ? .today : .text, attributes: selection)
    let day = night.day < 10 ? " \(night.day)" : "\(night.day)"
    buffer.write(
      day, x: x + 1, y: y, role: dayRole,
      attributes: selection.union(isTonight ? .underline : []).union(summary.episodeCount > 0 ? .bold : []))
    buffer.write(
      CalendarNightStyle.episodes(summary.episodeCount), x: x + 3, y: y, role: severity, attributes: selection
    )
    buffer.write(
      summary.routineCompleted ? CalendarNightStyle.routine : " ", x: x + 4, y: y, role: .good,
      attributes: selection)
    buffer.write(isSelected ? "]" : " ", x: x + 5, y: y, role: .text, attributes: selection)
  }
}
