/// Where the parts of the causes pane go: a line for the filter or note on top, the list and the
/// details side by side, and the "informs, does not diagnose" line at the bottom.
struct CausesLayout {
  let top: Rect
  let list: Rect
  let divider: Rect
  let detail: Rect
  let bottom: Rect

  init(area: Rect) {
    top = area.row(0)
    bottom = area.row(area.height - 1)
    let middleHeight = max(0, area.height - 2)
    let listWidth = min(42, max(28, area.width * 9 / 20))
    list = Rect(x: area.x, y: area.y + 1, width: listWidth, height: middleHeight)
    divider = Rect(x: list.maxX, y: list.y, width: 1, height: middleHeight)
    detail = Rect(x: divider.maxX + 2, y: list.y, width: area.maxX - divider.maxX - 3, height: middleHeight)
  }

  /// The whole middle, for full-width views (lab form, questionnaire).
  var middle: Rect { Rect(x: list.x + 1, y: list.y, width: detail.maxX - list.x - 1, height: list.height) }
}
