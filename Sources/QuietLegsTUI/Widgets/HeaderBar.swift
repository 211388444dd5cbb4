/// The top row: the app name, the panes with their number keys (the current one highlighted) and today's date.
/// The current pane is also bracketed, so it stands out without colour. On narrow screens the
/// app name goes first, then the date.
struct HeaderBar: Widget {
  let panes: [PaneID]
  let focused: PaneID
  let date: String

  static let appName = "QuietLegs"
  static let separator = " · "

  /// Where the parts go in a row `width` wide: whether the name and the date show, and the
  /// columns (from the row's left) of each tab.
  func layout(width: Int) -> (showName: Bool, showDate: Bool, tabs: [(text: String, columns: Range<Int>)]) {
    let texts = panes.enumerated().map { offset, pane in
      pane == focused ? "[\(offset + 1) \(pane.title)]" : "\(offset + 1) \(pane.title)"
    }
    let tabsWidth =
      texts.map(DisplayWidth.of).reduce(0, +) + DisplayWidth.of(Self.separator) * max(0, texts.count - 1)
    let nameWidth = DisplayWidth.of(Self.appName) + 2
    let dateWidth = DisplayWidth.of(date) + 2
    let showDate = 1 + tabsWidth + dateWidth <= width
    let showName = showDate && 1 + nameWidth + tabsWidth + dateWidth <= width
    var x = 1 + (showName ? nameWidth : 0)
    var tabs: [(text: String, columns: Range<Int>)] = []
    for (offset, text) in texts.enumerated() {
      if offset > 0 { x += DisplayWidth.of(Self.separator) }
      let end = min(width, x + DisplayWidth.of(text))
      tabs.append((text, x..<max(x, end)))
      x = end
    }
    return (showName, showDate, tabs)
  }

  /// The pane whose tab is at column `x` of a row `width` wide (a click on the header).
  func pane(atColumn x: Int, width: Int) -> PaneID? {
    layout(width: width).tabs.firstIndex { $0.columns.contains(x) }.map { panes[$0] }
  }

  func render(into buffer: inout Buffer, area: Rect) {
    let row = area
    buffer.fill(row, with: Cell(role: .header))
    let layout = layout(width: row.width)
    if layout.showName {
      buffer.write(Self.appName, x: row.x + 1, y: row.y, role: .header, attributes: .bold)
    }
    for (offset, tab) in layout.tabs.enumerated() {
      if offset > 0 {
        let separatorX = row.x + tab.columns.lowerBound - DisplayWidth.of(Self.separator)
        buffer.write(Self.separator, x: separatorX, y: row.y, width: row.maxX - separatorX, role: .header)
      }
      let isFocused = panes[offset] == focused
      let x = row.x + tab.columns.lowerBound
      buffer.write(
        tab.text, x: x, y: row.y, width: row.maxX - x,
        role: isFocused ? .selection : .header, attributes: isFocused ? .bold : [])
    }
    if layout.showDate {
      buffer.write(date, x: row.maxX - DisplayWidth.of(date) - 1, y: row.y, role: .header)
    }
  }
}
