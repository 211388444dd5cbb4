import CNcurses
import QuietLegsTUI

/// Turns theme roles into curses attributes and colour pairs, defining pairs on first use.
struct CursesStyles {
  private let theme: Theme
  private let capability: ColorCapability
  private let hasDefaultColors: Bool
  private var pairs: ColorPairTable
  private var cache: [StyleRole: (attributes: attr_t, pair: Int32)] = [:]
  private var last: (role: StyleRole, base: (attributes: attr_t, pair: Int32))?

  /// `theme` must already be downgraded to `capability`.
  init(theme: Theme, capability: ColorCapability, hasDefaultColors: Bool, pairCapacity: Int) {
    self.theme = theme
    self.capability = capability
    self.hasDefaultColors = hasDefaultColors
    self.pairs = ColorPairTable(capacity: pairCapacity)
  }

  /// The attributes and pair for a cell of `role` with extra `attributes`.
  mutating func resolve(_ role: StyleRole, adding attributes: TextAttributes) -> (attr_t, Int32) {
    // Neighbouring cells mostly share a role: remember the last one before asking the table.
    let base: (attributes: attr_t, pair: Int32)
    if let last, last.role == role {
      base = last.base
    } else {
      base = cache[role] ?? define(role)
      last = (role, base)
    }
    return (
      attributes.isEmpty ? base.attributes : base.attributes | Self.cursesAttributes(attributes), base.pair
    )
  }

  private mutating func define(_ role: StyleRole) -> (attributes: attr_t, pair: Int32) {
    let style = theme[role]
    var pair: Int32 = 0
    if capability != .none {
      let colors = ColorPairTable.Colors(
        foreground: colorNumber(style.foreground, isForeground: true),
        background: colorNumber(style.background, isForeground: false))
      let allocation = pairs.pair(for: colors)
      if allocation.isNew { _ = init_extended_pair(allocation.number, colors.foreground, colors.background) }
      pair = allocation.number
    }
    let result = (attributes: Self.cursesAttributes(style.attributes), pair: pair)
    cache[role] = result
    return result
  }

  /// The curses colour number: -1 for the default (7 or 0 without default-colour support),
  /// a palette index, or a direct 24-bit value.
  private func colorNumber(_ color: TerminalColor, isForeground: Bool) -> Int32 {
    switch color {
    case .terminalDefault: return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
    case .indexed(let index): return Int32(index)
    case .rgb(let red, let green, let blue):
      let value = Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
      return value < 8 ? 0 : value
    }
  }

  static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
    var result = ql_a_normal()
    if attributes.contains(.bold) { result |= ql_a_bold() }
    if attributes.contains(.dim) { result |= ql_a_dim() }
    if attributes.contains(.underline) { result |= ql_a_underline() }
    if attributes.contains(.reverse) { result |= ql_a_reverse() }
    return result
  }
}
