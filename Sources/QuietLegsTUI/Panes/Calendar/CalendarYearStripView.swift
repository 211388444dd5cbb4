import QuietLegsCore

/// Draws twelve months of nights as a heat map, one month per row and one cell per night, ending
/// with the month on screen.
struct CalendarYearStripView: Widget {
  let store: CalendarStore
  let selected: CivilDate

  static let labelWidth = 7
  static let width = labelWidth + 31
  /// Heading plus twelve months.
  static let height = 1 + CalendarStore.yearMonths

  func render(into buffer: inout Buffer, area: Rect) {
    let x = area.x
    let y = area.y
    buffer.write("12 months  · none ░ low ▒ mid ▓ high", x: x, y: y, width: Self.width, role: .muted)
    for (row, month) in CalendarStore.yearStrip(endingWith: selected.firstOfMonth).enumerated() {
      let label = month.monthAbbreviation + " " + String(String(month.year).suffix(2))
      buffer.write(label, x: x, y: y + 1 + row, width: Self.labelWidth, role: .muted)
      for day in 0..<CivilDate.daysIn(month: month.month, year: month.year) {
        let night = month.adding(days: day)
        let band = store.summary(night).band
        buffer.write(
          CalendarNightStyle.heat(band), x: x + Self.labelWidth + day, y: y + 1 + row,
          role: CalendarNightStyle.role(band),
          attributes: night == selected ? .reverse : [])
      }
    }
  }
}
