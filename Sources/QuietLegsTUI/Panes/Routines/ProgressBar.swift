/// A one-row bar: the done share in the `progress` role, the rest as a track in `progress-track`.
/// Different characters for both parts keep it readable without colour.
struct ProgressBar: Widget {
  /// The done share, clamped to 0...1.
  let fraction: Double

  static let filled = "█"
  static let track = "░"

  /// Draws the bar along the first row of `area`, as wide as the area.
  func render(into buffer: inout Buffer, area: Rect) {
    let x = area.x
    let y = area.y
    let width = area.width
    guard width > 0 else { return }
    let done = Self.filledColumns(fraction: fraction, width: width)
    for column in 0..<width {
      let isDone = column < done
      buffer.set(
        x: x + column, y: y,
        Cell(symbol: isDone ? Self.filled : Self.track, role: isDone ? .progress : .progressTrack))
    }
  }

  /// How many of `width` columns are filled for `fraction`, rounded down so full means really done.
  static func filledColumns(fraction: Double, width: Int) -> Int {
    guard fraction.isFinite else { return 0 }
    return Int((min(1, max(0, fraction)) * Double(width)).rounded(.down))
  }
}
