import QuietLegsCore

/// Draws a month of nights: the month's name, weekday headings, six weeks of night cells shaded by
/// severity with episode and routine marks, tonight and the selection marked, and a legend.
struct CalendarMonthGridView: Widget {
  let content: Content

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

  func render(into buffer: inout Buffer, area: Rect) {
    let x = area.x
    let y = area.y
    let month = content.selected.firstOfMonth
    let title = "◀ [  " + CalendarDateText.month(month) + "  ] ▶"
    buffer.write(title, x: x + max(0, (Self.width - DisplayWidth.of(title)) / 2), y: y, role: .title)
    for (column, heading) in CivilDate.weekdayHeadings(content.weekStart).enumerated() {
      buffer.write(heading, x: x + column * Self.cellWidth + 1, y: y + 1, role: .muted)
    }
    let first = month.startOfWeek(content.weekStart)
    for week in 0..<6 {
      for column in 0..<7 {
        let night = first.adding(days: week * 7 + column)
        guard night.month == month.month else { continue }
        Self.drawCell(night, content: content, into: &buffer, x: x + column * Self.cellWidth, y: y + 2 + week)
      }
    }
    buffer.write(CalendarNightStyle.legend, x: x, y: y + 8, width: Self.width, role: .muted)
  }

  private static func drawCell(
    _ night: CivilDate, content: Content, into buffer: inout Buffer, x: Int, y: Int
  ) {
    let summary = content.store.summary(night)
    let isSelected = night == content.selected
    let isTonight = night == content.tonight
    let day = night.day < 10 ? " \(night.day)" : "\(night.day)"
    if isSelected {
      // One style for the whole selected cell: a move then sends few style changes.
      let marks =
        CalendarNightStyle.episodes(summary.episodeCount)
        + (summary.routineCompleted ? CalendarNightStyle.routine : " ")
      buffer.write("[" + day + marks + "]", x: x, y: y, role: .selection, attributes: .bold)
      return
    }
    // One style per cell (the night's shade), so moving the selection sends few style changes.
    let role: StyleRole =
      summary.episodeCount > 0
      ? CalendarNightStyle.role(summary.band) : isTonight ? .today : night > content.tonight ? .muted : .text
    let marks =
      CalendarNightStyle.episodes(summary.episodeCount)
      + (summary.routineCompleted ? CalendarNightStyle.routine : " ")
    let left = isTonight ? CalendarNightStyle.tonight : " "
    buffer.write(
      left + day + marks + " ", x: x, y: y, role: role, attributes: summary.episodeCount > 0 ? .bold : [])
  }
}
