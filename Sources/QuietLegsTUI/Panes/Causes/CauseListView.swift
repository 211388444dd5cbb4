import QuietLegsCore

/// Draws the cause list: headings, rows with a tick box, title and condition, the selected row
/// highlighted and kept in view.
struct CauseListView: Widget {
  let list: CauseList
  let selected: CauseListItem
  /// How an item shows as a row.
  let row: (CauseListItem) -> Row

  /// What the list needs to draw one item.
  struct Row {
    var box: String
    var title: String
    var trailing: String
    var role: StyleRole
  }

  func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    let top = Self.top(list: list, selected: selected, height: area.height)
    for (offset, entry) in list.rows.dropFirst(top).prefix(area.height).enumerated() {
      let y = area.y + offset
      switch entry {
      case .heading(let title):
        buffer.write(
          TextWrap.fitted(title, width: area.width - 2), x: area.x + 1, y: y, width: area.width - 1,
          role: .header, attributes: .bold)
      case .message(let text):
        buffer.write(text, x: area.x + 2, y: y, width: area.width - 2, role: .muted)
      case .item(let item):
        Self.draw(row(item), selected: item == selected, into: &buffer, x: area.x, y: y, width: area.width)
      }
    }
    if top > 0 { buffer.write("↑", x: area.maxX - 1, y: area.y, width: 1, role: .muted) }
    if top + area.height < list.rows.count {
      buffer.write("↓", x: area.maxX - 1, y: area.maxY - 1, width: 1, role: .muted)
    }
  }

  /// The first row shown in a list `height` rows high, scrolled so the selected item is in the middle.
  private static func top(list: CauseList, selected: CauseListItem, height: Int) -> Int {
    let selectedRow = list.rowIndex(of: selected) ?? 0
    return max(0, min(selectedRow - height / 2, list.rows.count - height))
  }

  /// The item drawn at row `y` of `area` (a click), if an item (not a heading) is there.
  static func item(atRow y: Int, list: CauseList, selected: CauseListItem, area: Rect) -> CauseListItem? {
    guard (area.y..<area.maxY).contains(y) else { return nil }
    let index = top(list: list, selected: selected, height: area.height) + y - area.y
    guard list.rows.indices.contains(index), case .item(let item) = list.rows[index] else { return nil }
    return item
  }

  private static func draw(_ row: Row, selected: Bool, into buffer: inout Buffer, x: Int, y: Int, width: Int)
  {
    let role = selected ? StyleRole.selection : row.role
    buffer.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(role: selected ? .selection : .text))
    let trailingWidth = DisplayWidth.of(row.trailing)
    let start = x + 2
    let used = buffer.write(row.box + " ", x: start, y: y, width: width - 2, role: role)
    let titleWidth = x + width - 2 - trailingWidth - 1 - (start + used)
    buffer.write(
      TextWrap.fitted(row.title, width: titleWidth), x: start + used, y: y, width: titleWidth, role: role)
    buffer.write(
      row.trailing, x: x + width - 2 - trailingWidth, y: y, width: trailingWidth,
      role: selected ? .selection : .muted)
  }
}
