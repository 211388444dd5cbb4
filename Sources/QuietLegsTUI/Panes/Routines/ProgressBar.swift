/// A one-row bar: the done share in the `progress` role, the rest as a track in `progress-track`.
/// Different characters for both parts keep it readable without colour.
enum ProgressBar {
  static let filled = "█"
  static let track = "░"

  /// Draws a bar `width` columns wide at (`x`, `y`) with `fraction` (clamped to 0...1) filled.
  static func draw(fraction: Double, into buffer: inout Buffer, x: Int, y: Int, width: Int) {
    guard width > 0 else { return }
    let done = filledColumns(fraction: fraction, width: width)
    for column in 0..<width {
      let isDone = column < done
      buffer.set(
        x: x + column, y: y,
        Cell(symbol: isDone ? filled : track, role: isDone ? .progress : .progressTrack))
    }
  }

  /// How many of `width` columns are filled for `fraction`, rounded down so full means really done.
  static func filledColumns(fraction: Double, width: Int) -> Int {
    guard fraction.isFinite else { return 0 }
    return Int((min(1, max(0, fraction)) * Double(width)).rounded(.down))
  }
}
