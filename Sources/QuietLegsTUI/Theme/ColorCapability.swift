/// How many colours the terminal can show, from none (attributes only) to 24-bit.
public enum ColorCapability: Int, Comparable, CaseIterable, Sendable {
  case none, eight, sixteen, palette256, trueColor

  public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The capability for a terminal reporting `colorCount` colours (curses `COLORS`; 0 without colour).
  /// `NO_COLOR` set to a non-empty value turns colour off (https://no-color.org).
  public static func detect(colorCount: Int, environment: [String: String]) -> ColorCapability {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
    switch colorCount {
    case 0x1000000...: return .trueColor
    case 256...: return .palette256
    case 16...: return .sixteen
    case 8...: return .eight
    default: return .none
    }
  }
}

extension TerminalColor {
  /// The closest colour the terminal can show; `.none` gives the terminal default.
  /// With 8 colours, grey becomes white as a foreground and black as a background.
  public func downgraded(to capability: ColorCapability, isForeground: Bool) -> TerminalColor {
    switch (self, capability) {
    case (.terminalDefault, _), (_, .none): return .terminalDefault
    case (.indexed(let index), .trueColor) where index >= 8:
      let rgb = ColorPalette.rgb(ofIndex: index)
      return .rgb(red: UInt8(rgb.red), green: UInt8(rgb.green), blue: UInt8(rgb.blue))
    case (_, .trueColor): return self
    case (.indexed, .palette256): return self
    case (.rgb(let red, let green, let blue), .palette256):
      return .indexed(ColorPalette.nearest256((Int(red), Int(green), Int(blue))))
    case (_, .sixteen): return .indexed(basicIndex)
    case (_, .eight):
      let index = basicIndex
      if index == 8 { return .indexed(isForeground ? 7 : 0) }
      return .indexed(index % 8)
    }
  }

  /// The nearest of the 16 basic colours (only for `.indexed` and `.rgb`).
  private var basicIndex: UInt8 {
    switch self {
    case .indexed(let index) where index < 16: return index
    case .indexed(let index): return ColorPalette.nearest16(ColorPalette.rgb(ofIndex: index))
    case .rgb(let red, let green, let blue): return ColorPalette.nearest16((Int(red), Int(green), Int(blue)))
    case .terminalDefault: return 7
    }
  }
}
