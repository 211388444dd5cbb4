/// Where the calendar's parts go in the pane: the red-flag banner on top, the month grid with the
/// summary (and, when wide enough, the year strip) on the left, the selected night on the right.
struct CalendarLayout {
  /// The narrowest pane that shows the year strip.
  static let yearStripMinimumWidth = 110

  let banner: Rect
  let grid: Rect
  let summary: Rect
  /// Nil when the pane is too narrow or too short for it.
  let yearStrip: Rect?
  let nightList: Rect

  init(area: Rect, bannerHeight: Int) {
    banner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: bannerHeight)
    let top = area.y + bannerHeight
    let left = area.x + 1
    grid = Rect(x: left, y: top, width: CalendarMonthGridView.width, height: CalendarMonthGridView.height)
    // A blank row between the grid and the summary, unless the pane is too short to keep it.
    let gap = grid.maxY + 1 + CalendarSummaryView.height <= area.maxY ? 1 : 0
    summary = Rect(x: left, y: grid.maxY + gap, width: grid.width, height: CalendarSummaryView.height)
    let stripTop = summary.maxY + 1
    if area.width >= Self.yearStripMinimumWidth, stripTop + CalendarYearStripView.height <= area.maxY {
      yearStrip = Rect(
        x: left, y: stripTop, width: CalendarYearStripView.width, height: CalendarYearStripView.height)
    } else {
      yearStrip = nil
    }
    let listX = grid.maxX + 2
    nightList = Rect(x: listX, y: top, width: area.maxX - listX - 1, height: area.maxY - top)
  }
}
