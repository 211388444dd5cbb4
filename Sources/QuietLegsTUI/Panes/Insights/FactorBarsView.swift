import QuietLegsCore

/// Draws one factor comparison as two bars of bad-night share: with the factor and without.
struct FactorBarsView: Widget {
  let row: FactorComparison
  let selected: Bool

  /// Rows one comparison takes.
  static let height = 3

  func render(into buffer: inout Buffer, area: Rect) {
    let x = area.x
    let y = area.y
    let width = area.width
    let title =
      "\(row.factor.label)"
      + (row.factor.sources.isEmpty ? "" : "  [\(SourceCatalog.builtIn.shortNames(row.factor.sources))]")
    buffer.write(
      TextWrap.fitted(title, width: width), x: x, y: y, width: width, role: selected ? .selection : .title)
    guard row.hasEnoughNights else {
      buffer.write("  " + row.summary, x: x, y: y + 1, width: width, role: .muted)
      return
    }
    let barWidth = max(8, min(30, width - 52))
    Self.bar(
      "with", share: row.badShareWith, count: "\(row.badWith)/\(row.nightsWith)",
      severity: row.meanSeverityWith, into: &buffer, x: x, y: y + 1, width: width, barWidth: barWidth)
    Self.bar(
      "without", share: row.badShareWithout, count: "\(row.badWithout)/\(row.nightsWithout)",
      severity: row.meanSeverityWithout, into: &buffer, x: x, y: y + 2, width: width, barWidth: barWidth)
  }

  private static func bar(
    _ label: String, share: Double, count: String, severity: Double, into buffer: inout Buffer, x: Int,
    y: Int,
    width: Int, barWidth: Int
  ) {
    let filled = Int((share * Double(barWidth)).rounded())
    var column = x + 2
    column += buffer.write(
      label.padding(toLength: 8, withPad: " ", startingAt: 0), x: column, y: y, role: .muted)
    column += buffer.write(String(repeating: "█", count: filled), x: column, y: y, role: .progress)
    column += buffer.write(
      String(repeating: "░", count: barWidth - filled), x: column, y: y, role: .progressTrack)
    let percent = Int((share * 100).rounded())
    let mean = String(format: "%.1f", severity)
    let room = max(0, x + width - column)
    // On narrow terminals the short form keeps every number rather than cutting the last one.
    var text = " \(percent)% bad (\(count)), mean worst severity \(mean)"
    if DisplayWidth.of(text) > room { text = " \(percent)% (\(count)), severity \(mean)" }
    buffer.write(TextWrap.fitted(text, width: room), x: column, y: y, width: room, role: .text)
  }
}
