import QuietLegsCore

/// Draws a month of nights: the month's name, weekday headings, six weeks of night cells with a
/// severity glyph (`░ ▒ ▓`, also shaded), an episode count and a routine mark, tonight and the
/// selection marked, and a two-row legend.
struct CalendarMonthGridView: Widget {
  let content: Content

  static let cellWidth = 6
  static let width = cellWidth * 7
  /// Title, headings, six weeks, two rows of legend.
  static let height = 10

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
    var closing: (x: Int, y: Int)?
    for week in 0..<6 {
      for column in 0..<7 {
        let night = first.adding(days: week * 7 + column)
        guard night.month == month.month else { continue }
        let cellX = x + column * Self.cellWidth
        Self.drawCell(night, content: content, into: &buffer, x: cellX, y: y + 2 + week)
        // The selection's closing bracket sits on the next cell's tonight column, unless that is tonight.
        if night == content.selected, night.adding(days: 1) != content.tonight {
          closing = (cellX + Self.cellWidth, y + 2 + week)
        }
      }
    }
    if let closing { buffer.write("]", x: closing.x, y: closing.y, role: .selection, attributes: .bold) }
    for (row, parts) in CalendarNightStyle.legend.enumerated() {
      var column = x
      for part in parts {
        buffer.write(part.text, x: column, y: y + 8 + row, width: x + Self.width - column, role: part.role)
        column += DisplayWidth.of(part.text)
      }
    }
  }

  /// One night: tonight's mark (or the selection's `[`), the day, the severity glyph, the
  /// episode count and the routine mark.
  private static func drawCell(
    _ night: CivilDate, content: Content, into buffer: inout Buffer, x: Int, y: Int
  ) {
    let summary = content.store.summary(night)
    let isTonight = night == content.tonight
    let day = night.day < 10 ? " \(night.day)" : "\(night.day)"
    let marks =
      (summary.episodeCount > 0 ? CalendarNightStyle.heat(summary.band) : " ")
      + CalendarNightStyle.episodes(summary.episodeCount)
      + (summary.routineCompleted ? CalendarNightStyle.routine : " ")
    if night == content.selected {
      // One style for the whole selected cell: a move then sends few style changes.
      buffer.write("[" + day + marks, x: x, y: y, role: .selection, attributes: .bold)
      return
    }
    // One style per cell (the night's shade), so moving the selection sends few style changes.
    let role: StyleRole =
      summary.episodeCount > 0
      ? CalendarNightStyle.role(summary.band) : isTonight ? .today : night > content.tonight ? .muted : .text
    let left = isTonight ? CalendarNightStyle.tonight : " "
    buffer.write(
      left + day + marks, x: x, y: y, role: role, attributes: summary.episodeCount > 0 ? .bold : [])
  }
}
