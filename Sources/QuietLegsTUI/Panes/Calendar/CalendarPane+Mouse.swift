import QuietLegsCore

/// The mouse in the calendar (`mouse = true`): a click on a night selects it, a click on an
/// episode selects it; the wheel over the grid turns the months, over the list the episodes.
extension CalendarPane {
  /// `event` is counted from the pane's body corner.
  mutating func handleMouse(_ event: MouseEvent) -> PaneResponse {
    let area = Rect(x: 0, y: 0, width: bodySize.width, height: bodySize.height)
    let layout = CalendarLayout(
      area: area,
      bannerHeight: CalendarRedFlagBanner.height(
        flags: store.overview.redFlags, problem: store.problem, width: area.width))
    let overGrid = layout.grid.contains(x: event.x, y: event.y)
    switch event.action {
    case .wheelUp: overGrid ? select(selected.adding(months: -1)) : selectEpisode(by: -1)
    case .wheelDown: overGrid ? select(selected.adding(months: 1)) : selectEpisode(by: 1)
    case .press(button: 0):
      guard overGrid, let night = night(at: event, grid: layout.grid) else { return .ignored }
      select(night)
    case .press, .release: return .ignored
    }
    return .handled
  }

  /// The night drawn at a point of the grid, if one is.
  func night(at event: MouseEvent, grid: Rect) -> CivilDate? {
    let week = event.y - grid.y - 2
    let column = (event.x - grid.x) / CalendarMonthGridView.cellWidth
    guard (0..<6).contains(week), (0..<7).contains(column), event.x >= grid.x else { return nil }
    let month = selected.firstOfMonth
    let night = month.startOfWeek(services.settings.weekStart).adding(days: week * 7 + column)
    return night.month == month.month ? night : nil
  }
}
