/// A row of block characters (▁▂▃▄▅▆▇█), one per value, scaled from zero to a maximum.
public enum Sparkline {
  public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// One block per value: 0 is the lowest block, `maximum` (or more) the full one.
  public static func text(_ values: [Int], maximum: Int) -> String {
    let top = max(1, maximum)
    return String(
      values.map { value in
        levels[min(levels.count - 1, max(0, value) * (levels.count - 1) / top)]
      })
  }
}
