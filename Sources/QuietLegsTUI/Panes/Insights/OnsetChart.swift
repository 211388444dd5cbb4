import QuietLegsCore

/// "When restless legs start": the weekly median onset as a line of dots, earlier evenings higher
/// up, with medicine starts (▲) and stops (▼) marked under their weeks.
enum OnsetChart {
  /// The clock hours of each row's start, top to bottom; the last row takes anything later.
  static let rowHours = [16, 18, 20, 22, 24, 26]

  /// The width of the hour axis: `16:00 ` or `12:00 am `.
  static func axisWidth(_ clock: ClockStyle) -> Int { clock == .twelveHour ? 9 : 6 }

  /// The chart's lines for `weeks`, at most `width` wide; the most recent weeks that fit.
  static func lines(
    weeks: [RLSOnset.Week], medicines: [Medicine], width: Int, clock: ClockStyle = .twentyFourHour
  ) -> [StyledLine] {
    let axisWidth = axisWidth(clock)
    let columns = max(1, width - axisWidth)
    let shown = Array(weeks.suffix(columns))
    guard shown.contains(where: { $0.median != nil }) else { return [] }
    var lines = [
      StyledLine(
        text: TextWrap.fitted("When restless legs start: weekly median (earlier is higher)", width: width),
        role: .accent)
    ]
    for (row, hour) in rowHours.enumerated() {
      let label = RLSOnset.clock(hour * 60, clock)
      var text = label + String(repeating: " ", count: max(0, axisWidth - label.count))
      for week in shown {
        guard let median = week.median else {
          text += " "
          continue
        }
        text += self.row(of: median) == row ? "•" : " "
      }
      lines.append(StyledLine(text: text, role: .text))
    }
    var marks = String(repeating: " ", count: axisWidth)
    var legend: [String] = []
    for week in shown {
      let end = week.start.adding(days: 6)
      let started = medicines.filter { $0.since >= week.start && $0.since <= end }
      let stopped = medicines.filter { ($0.until.map { $0 >= week.start && $0 <= end }) ?? false }
      marks += started.isEmpty ? (stopped.isEmpty ? " " : "▼") : "▲"
      legend +=
        started.map { "▲ \($0.name) from \($0.since)" } + stopped.map { "▼ \($0.name) stopped \($0.until!)" }
    }
    if !legend.isEmpty {
      lines.append(StyledLine(text: marks, role: .warning))
      lines += StyledLine.wrapped(legend.joined(separator: " · "), width: width, role: .muted)
    }
    return lines
  }

  /// The row a median falls in.
  static func row(of minutes: Int) -> Int {
    let hour = minutes / 60
    return rowHours.lastIndex { hour >= $0 } ?? 0
  }
}
