import QuietLegsCore

/// The routines list: a table of names, lengths and step counts on the left, the chosen
/// routine's details in a box on the right.
struct RoutineListView: Widget {
  let routines: [Routine]
  let selected: Int

  static let timeColumn = 7
  static let stepsColumn = 6

  func render(into buffer: inout Buffer, area: Rect) {
    guard !routines.isEmpty else {
      Self.renderEmpty(into: &buffer, area: area)
      return
    }
    let listWidth = Self.listWidth(area)
    let list = Self.listRect(area)
    let detail = Rect(
      x: area.x + listWidth + 1, y: area.y, width: area.width - listWidth - 2, height: area.height)
    Self.renderTable(routines: routines, selected: selected, into: &buffer, area: list)
    RoutineDetailView(routine: routines[min(selected, routines.count - 1)]).render(
      into: &buffer, area: detail)
  }

  private static func renderTable(routines: [Routine], selected: Int, into buffer: inout Buffer, area: Rect) {
    guard area.height >= 2 else { return }
    let nameWidth = area.width - 2 - timeColumn - stepsColumn
    writeRow(
      ("Routine", "Time", "Steps"), nameWidth: nameWidth, into: &buffer, x: area.x, y: area.y, role: .muted)
    let visibleRows = area.height - 1
    let firstRow = Self.firstRow(selected: selected, visibleRows: visibleRows)
    for (offset, index) in (firstRow..<routines.count).prefix(visibleRows).enumerated() {
      let routine = routines[index]
      let y = area.y + 1 + offset
      let isSelected = index == selected
      if isSelected {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(role: .selection))
      }
      buffer.write(isSelected ? "›" : " ", x: area.x, y: y, role: isSelected ? .selection : .text)
      writeRow(
        (routine.name, RoutineLengthText.length(routine.totalSeconds), "\(routine.stepCount)"),
        nameWidth: nameWidth, into: &buffer, x: area.x, y: y, role: isSelected ? .selection : .text,
        attributes: isSelected ? .bold : [])
    }
  }

  private static func writeRow(
    _ columns: (name: String, time: String, steps: String), nameWidth: Int, into buffer: inout Buffer,
    x: Int, y: Int, role: StyleRole, attributes: TextAttributes = []
  ) {
    buffer.write(
      TextWrap.fitted(columns.name, width: nameWidth - 1), x: x + 2, y: y, width: nameWidth, role: role,
      attributes: attributes)
    let timeX = x + 2 + nameWidth + timeColumn - DisplayWidth.of(columns.time)
    buffer.write(columns.time, x: timeX, y: y, width: timeColumn, role: role)
    let stepsX = x + 2 + nameWidth + timeColumn + stepsColumn - DisplayWidth.of(columns.steps)
    buffer.write(columns.steps, x: stepsX, y: y, width: stepsColumn, role: role)
  }

  private static func renderEmpty(into buffer: inout Buffer, area: Rect) {
    let lines = [
      "No routines to show.",
      "Put your own in the routines folder of your QuietLegs settings folder.",
    ]
    for (offset, line) in lines.enumerated() {
      buffer.write(
        line, x: area.x + 2, y: area.y + 1 + offset, width: area.width - 4, role: offset == 0 ? .text : .muted
      )
    }
  }

  private static func listWidth(_ area: Rect) -> Int { min(44, max(30, area.width * 9 / 20)) }

  /// The table's rectangle (its heading row first) in the pane's `area`.
  private static func listRect(_ area: Rect) -> Rect {
    Rect(x: area.x + 1, y: area.y + 1, width: listWidth(area) - 1, height: area.height - 1)
  }

  /// The first routine shown, scrolled so the selected one shows.
  private static func firstRow(selected: Int, visibleRows: Int) -> Int { max(0, selected - visibleRows + 1) }

  /// The index of the routine drawn at a point of `area` (a click), if one is.
  static func routine(at x: Int, _ y: Int, selected: Int, count: Int, area: Rect) -> Int? {
    let list = listRect(area)
    guard list.contains(x: x, y: y), y > list.y else { return nil }
    let index = firstRow(selected: selected, visibleRows: list.height - 1) + y - list.y - 1
    return index < count ? index : nil
  }
}
