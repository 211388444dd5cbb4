/// The calm screen after a routine reached its end.
struct RoutineDoneView: Widget {
  let result: RoutineResult

  func render(into buffer: inout Buffer, area: Rect) {
    let allDone = result.stepsDone == result.stepCount
    let steps =
      allDone
      ? (result.stepCount == 1 ? "its step" : "all \(result.stepCount) steps")
      : "\(result.stepsDone) of \(result.stepCount) steps done in full,"
    let kept =
      !result.saved
      ? "It could not be saved; see the line below."
      : allDone
        ? "Kept in your journal for tonight."
        : "Kept in your journal; with steps skipped it is not counted as done."
    let lines: [(String, StyleRole)] = [
      (allDone ? "Done" : "End of the routine", .title),
      ("", .text),
      ("\(result.routineName): \(steps) in \(RoutineTimeText.clock(result.seconds)).", .text),
      (kept, .muted),
      ("", .text),
      ("Rest well.", .text),
      ("", .text),
      ("Enter or Esc: back to the list", .muted),
    ]
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (offset, (text, role)) in lines.enumerated() where top + offset < area.maxY {
      let x = area.x + max(0, (area.width - DisplayWidth.of(text)) / 2)
      buffer.write(
        text, x: x, y: top + offset, width: area.maxX - x, role: role, attributes: offset == 0 ? .bold : [])
    }
  }
}
