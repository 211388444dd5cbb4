/// The top row: the app name, the panes with their number keys (the current one highlighted) and today's date.
/// The current pane is also bracketed, so it stands out without colour. On narrow screens the
/// app name goes first, then the date.
struct HeaderBar: Widget {
  let panes: [PaneID]
  let focused: PaneID
  let date: String

  static let appName = "QuietLegs"
  static let separator = " · "

  func render(into buffer: inout Buffer, area: Rect) {
    let row = area
    buffer.fill(row, with: Cell(role: .header))
    let tabs = panes.enumerated().map { offset, pane in
      pane == focused ? "[\(offset + 1) \(pane.title)]" : "\(offset + 1) \(pane.title)"
    }
    let tabsWidth =
      tabs.map(DisplayWidth.of).reduce(0, +) + DisplayWidth.of(Self.separator) * max(0, tabs.count - 1)
    let nameWidth = DisplayWidth.of(Self.appName) + 2
    let dateWidth = DisplayWidth.of(date) + 2
    let showDate = 1 + tabsWidth + dateWidth <= row.width
    let showName = showDate && 1 + nameWidth + tabsWidth + dateWidth <= row.width
    var x = row.x + 1
    if showName {
      x += buffer.write(Self.appName, x: x, y: row.y, role: .header, attributes: .bold) + 2
    }
    for (offset, tab) in tabs.enumerated() {
      if offset > 0 { x += buffer.write(Self.separator, x: x, y: row.y, width: row.maxX - x, role: .header) }
      let isFocused = panes[offset] == focused
      x += buffer.write(
        tab, x: x, y: row.y, width: row.maxX - x,
        role: isFocused ? .selection : .header, attributes: isFocused ? .bold : [])
    }
    if showDate {
      buffer.write(date, x: row.maxX - DisplayWidth.of(date) - 1, y: row.y, role: .header)
    }
  }
}
