/// The screen shown when the terminal is below the minimum size.
struct TooSmallNotice: Widget {
  let minimumWidth: Int
  let minimumHeight: Int

  func render(into buffer: inout Buffer, area: Rect) {
    let message =
      "Terminal too small: need at least \(minimumWidth)x\(minimumHeight) (now \(area.width)x\(area.height)). "
      + "Keys wait until it is bigger; q quits."
    let lines = TextWrap.lines(message, width: area.width)
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < area.maxY {
      let x = area.x + max(0, (area.width - DisplayWidth.of(line)) / 2)
      buffer.write(line, x: x, y: top + offset, width: area.maxX - x, role: .warning)
    }
  }
}
