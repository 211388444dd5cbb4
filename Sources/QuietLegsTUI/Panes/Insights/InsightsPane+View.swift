import QuietLegsCore

/// Drawing the Insights pane from what was last read (rendering never queries the journal).
extension InsightsPane {
  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.width > 10, area.height > 4 else { return }
    let x = area.x + 1
    let width = area.width - 2
    buffer.write("What goes with bad nights — \(window.label)", x: x, y: area.y, width: width, role: .title)
    var y = area.y + 1
    for line in TextWrap.lines(FactorComparison.caveat, width: width) {
      buffer.write(line, x: x, y: y, width: width, role: .muted)
      y += 1
    }
    if let loadProblem {
      ReadProblemView(problem: loadProblem).render(
        into: &buffer, area: Rect(x: x, y: y + 1, width: width, height: 1))
      return
    }
    guard loadedFor != nil, !rows.isEmpty else {
      for line in TextWrap.lines(
        "Nothing recorded yet. Note evening factors with `f` on the calendar or `quietlegs factors`.",
        width: width)
      {
        y += 1
        buffer.write(line, x: x, y: y, width: width, role: .muted)
      }
      return
    }
    let range = "Nights \(data.first) to \(data.last); 3 nights with and 3 without are needed."
    let shortRange = "Nights \(data.first) to \(data.last); 3 with, 3 without needed."
    buffer.write(
      TextWrap.fitted(DisplayWidth.of(range) > width ? shortRange : range, width: width),
      x: x, y: y, width: width, role: .muted)
    let top = y + 2
    let onset = OnsetChart.lines(
      weeks: data.onsetWeeks, medicines: data.medicines, width: width, clock: services.settings.clock)
    let chartTop = area.maxY - onset.count
    // The onset chart takes the bottom rows when at least one factor row still fits above it.
    let bottom = !onset.isEmpty && chartTop - 1 - top >= FactorBarsView.height ? chartTop - 1 : area.maxY
    if bottom < area.maxY {
      for (offset, line) in onset.enumerated() {
        buffer.write(line.text, x: x, y: chartTop + offset, width: width, role: line.role)
      }
    }
    let visible = max(1, (bottom - top) / FactorBarsView.height)
    let start = max(0, min(selected - visible + 1, rowCount - visible))
    for (offset, row) in rows.dropFirst(start).prefix(visible).enumerated() {
      FactorBarsView(row: row, selected: start + offset == selected).render(
        into: &buffer,
        area: Rect(x: x, y: top + offset * FactorBarsView.height, width: width, height: FactorBarsView.height)
      )
    }
  }
}
