import QuietLegsCore

/// A text chart of one test's values: a bar per value, with the threshold lines marked on the track
/// and labelled on an axis below. Values are compared with lines, never judged.
enum LabBarChart {
  /// Columns of the date and value before each bar (`2026-11-01    42 `).
  static let labelWidth = 19
  static let indent = 2

  static func lines(for results: [LabResult], thresholds: [LabThreshold], width: Int) -> [StyledLine] {
    let barWidth = width - indent - labelWidth
    guard !results.isEmpty, barWidth >= 8 else {
      return results.map { StyledLine(text: label(for: $0), indent: indent) }
    }
    let scale = scaleMaximum(results: results, thresholds: thresholds)
    let markers = thresholds.map { column(for: $0.value, scale: scale, width: barWidth) }
    var lines = results.map { result -> StyledLine in
      let filled = result.value <= 0 ? 0 : max(1, column(for: result.value, scale: scale, width: barWidth))
      let track = (filled..<barWidth).map { markers.contains($0) ? "│" : "·" }.joined()
      return StyledLine(
        text: label(for: result) + String(repeating: "█", count: filled) + track, role: .progress,
        indent: indent)
    }
    let axisText = axis(thresholds: thresholds, markers: markers, scale: scale, width: barWidth)
    lines.append(StyledLine(text: axisText, role: .muted, indent: indent + labelWidth))
    return lines
  }

  /// The chart's top value: the highest value or threshold with some room, rounded up to 50.
  static func scaleMaximum(results: [LabResult], thresholds: [LabThreshold]) -> Double {
    let highest = (results.map(\.value) + thresholds.map(\.value)).max() ?? 1
    return max(50, ((highest * 1.25) / 50).rounded(.up) * 50)
  }

  /// The date and the value right-aligned, then a space.
  private static func label(for result: LabResult) -> String {
    let value = result.formattedValue
    let padding = String(repeating: " ", count: max(1, labelWidth - 10 - value.count - 1))
    return "\(result.takenOn)\(padding)\(value) "
  }

  private static func column(for value: Double, scale: Double, width: Int) -> Int {
    min(width - 1, Int((value / scale * Double(width)).rounded()))
  }

  /// `0`, each threshold's number under its mark (when there is room) and the scale's top.
  private static func axis(thresholds: [LabThreshold], markers: [Int], scale: Double, width: Int) -> String {
    var characters = Array(repeating: Character(" "), count: width)
    func place(_ text: String, at start: Int) {
      let end = start + text.count
      guard start >= 0, end <= width,
        characters[max(0, start - 1)..<min(width, end + 1)].allSatisfy({ $0 == " " })
      else { return }
      for (offset, character) in text.enumerated() { characters[start + offset] = character }
    }
    place("0", at: 0)
    for (threshold, marker) in zip(thresholds, markers) { place(threshold.number, at: marker) }
    let top = String(Int(scale))
    place(top, at: width - top.count)
    return String(characters)
  }
}
