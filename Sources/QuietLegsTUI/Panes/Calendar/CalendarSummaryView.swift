/// Draws the numbers under the grid: bad nights this week and in four weeks, runs of nights, and a
/// twelve-week sparkline of bad nights per week.
struct CalendarSummaryView: Widget {
  let overview: CalendarOverview

  static let height = 3

  func render(into buffer: inout Buffer, area: Rect) {
    let x = area.x
    let y = area.y
    let width = area.width
    buffer.write(
      "Bad nights: \(overview.badThisWeek) this week · \(overview.badLastFourWeeks) in 4 weeks",
      x: x, y: y, width: width, role: .text)
    buffer.write(
      "Runs: longest bad \(overview.longestBadRun) · good now \(overview.currentGoodRun)",
      x: x, y: y + 1, width: width, role: .text)
    let used = buffer.write("Bad per week ", x: x, y: y + 2, width: width, role: .text)
    let bars = Sparkline.text(overview.weeklyBadNights, maximum: 7)
    let barsWidth = buffer.write(bars, x: x + used, y: y + 2, width: width - used, role: .accent)
    buffer.write(
      " 12 wks, max \(overview.weeklyBadNights.max() ?? 0)", x: x + used + barsWidth, y: y + 2,
      width: width - used - barsWidth, role: .muted)
  }
}
