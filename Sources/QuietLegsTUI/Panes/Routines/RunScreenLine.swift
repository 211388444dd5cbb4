/// One line of the run screen, in a column of a given width. The clock is five rows tall when
/// drawn large; spacers are the first thing dropped when rows are short.
enum RunScreenLine: Equatable {
  /// Text from the column's left edge.
  case text(String, role: StyleRole, attributes: TextAttributes = [])
  /// Text centred in the column.
  case centered(String, role: StyleRole, attributes: TextAttributes = [])
  /// The countdown clock (`4:35`).
  case clock(String)
  /// A labelled progress bar with a value after it.
  case bar(label: String, fraction: Double, value: String)
  /// The 3-2-1 before a hold ends, with the current count highlighted.
  case countdown(current: Int)
  /// A blank row.
  case spacer

  /// Width of the label in front of a bar.
  static let barLabelWidth = 9
  /// Room for the longest value ("under 1 min left", "120 min left") and one column of gap.
  static let barValueWidth = 17

  /// Rows the line takes.
  func height(largeClock: Bool) -> Int {
    if case .clock = self, largeClock { return BigDigits.height }
    return 1
  }

  /// Draws the line with its top-left corner at (`x`, `y`), `width` columns wide.
  func draw(into buffer: inout Buffer, x: Int, y: Int, width: Int, largeClock: Bool) {
    switch self {
    case .text(let text, let role, let attributes):
      buffer.write(text, x: x, y: y, width: width, role: role, attributes: attributes)
    case .centered(let text, let role, let attributes):
      Self.writeCentered(text, into: &buffer, x: x, y: y, width: width, role: role, attributes: attributes)
    case .clock(let text):
      if largeClock {
        let digitsWidth = BigDigits.width(of: text)
        BigDigits(text: text).render(
          into: &buffer,
          area: Rect(
            x: x + max(0, (width - digitsWidth) / 2), y: y, width: digitsWidth, height: BigDigits.height))
      } else {
        Self.writeCentered(text, into: &buffer, x: x, y: y, width: width, role: .bigdigits, attributes: .bold)
      }
    case .bar(let label, let fraction, let value):
      buffer.write(label, x: x, y: y, width: Self.barLabelWidth - 1, role: .muted)
      let barWidth = width - Self.barLabelWidth - Self.barValueWidth
      ProgressBar(fraction: fraction).render(
        into: &buffer, area: Rect(x: x + Self.barLabelWidth, y: y, width: max(0, barWidth), height: 1))
      let valueX = x + Self.barLabelWidth + barWidth + 1
      buffer.write(value, x: valueX, y: y, width: Self.barValueWidth - 1, role: .text)
    case .countdown(let current):
      let counts = [3, 2, 1]
      let spacing = 4
      var countX = x + max(0, (width - (counts.count - 1) * spacing - 1) / 2)
      for count in counts {
        let isCurrent = count == current
        buffer.write(
          "\(count)", x: countX, y: y, width: 1, role: isCurrent ? .accent : .muted,
          attributes: isCurrent ? [.bold, .reverse] : [])
        countX += spacing
      }
    case .spacer:
      break
    }
  }

  private static func writeCentered(
    _ text: String, into buffer: inout Buffer, x: Int, y: Int, width: Int, role: StyleRole,
    attributes: TextAttributes
  ) {
    let start = x + max(0, (width - DisplayWidth.of(text)) / 2)
    buffer.write(text, x: start, y: y, width: x + width - start, role: role, attributes: attributes)
  }
}
