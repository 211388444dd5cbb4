/// Hands out terminal colour-pair numbers for (foreground, background) colour numbers on demand,
/// reusing a pair for the same colours and falling back to pair 0 when the terminal runs out.
public struct ColorPairTable: Sendable {
  /// A pair's colours as terminal colour numbers (-1 is the terminal default).
  public struct Colors: Hashable, Sendable {
    public var foreground: Int32
    public var background: Int32
    public init(foreground: Int32, background: Int32) {
      self.foreground = foreground
      self.background = background
    }
  }

  /// How many pairs the terminal supports (pair 0 is reserved for the default colours).
  public let capacity: Int
  private var pairs: [Colors: Int32] = [:]

  public init(capacity: Int) {
    self.capacity = capacity
  }

  /// How many pairs were handed out.
  public var count: Int { pairs.count }

  /// The pair for `colors` and whether it is new (the caller then defines it in the terminal).
  /// Default-on-default is always pair 0, and so is anything asked for once the table is full.
  public mutating func pair(for colors: Colors) -> (number: Int32, isNew: Bool) {
    if colors.foreground == -1 && colors.background == -1 { return (0, false) }
    if let existing = pairs[colors] { return (existing, false) }
    guard pairs.count + 1 < capacity else { return (0, false) }
    let number = Int32(pairs.count + 1)
    pairs[colors] = number
    return (number, true)
  }

  /// Forgets every pair (after the terminal was reset).
  public mutating func removeAll() {
    pairs.removeAll()
  }
}
