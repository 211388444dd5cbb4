/// Draws the evening factor checklist as a box over the calendar, scrolled so the cursor shows.
struct FactorChecklistView: Widget {
  let checklist: FactorChecklist

  func render(into buffer: inout Buffer, area: Rect) {
    let box = area.centered(width: min(area.width - 2, 52), height: checklist.factors.count + 4)
    Box.draw(into: &buffer, rect: box, title: "Evening of \(CalendarDateText.night(checklist.night))")
    let content = Box.content(of: box)
    let rows = content.height - 2
    guard rows > 0 else { return }
    let first = max(0, checklist.cursor - rows + 1)
    for (row, index) in (first..<min(checklist.factors.count, first + rows)).enumerated() {
      let factor = checklist.factors[index]
      let mark = checklist.ticked.contains(factor.id) ? "[x] " : "[ ] "
      let selected = index == checklist.cursor
      buffer.write(
        mark + factor.label, x: content.x, y: content.y + row, width: content.width,
        role: selected ? .selection : .text)
    }
    buffer.write(
      "Space tick (saved at once) · Esc close", x: content.x, y: content.maxY - 1, width: content.width,
      role: .muted)
  }
}
