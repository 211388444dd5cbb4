/// A colour as a theme names it: the terminal's default, a palette index, or 24-bit RGB.
public enum TerminalColor: Hashable, Sendable, CustomStringConvertible {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// A palette entry 0-255 (0-7 basic, 8-15 bright, 16-231 colour cube, 232-255 greys).
  case indexed(UInt8)
  /// A 24-bit colour.
  case rgb(red: UInt8, green: UInt8, blue: UInt8)

  /// Names accepted in theme files, in palette order (`bright-*` are 8-15).
  public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// Every colour name a theme file may use.
  public static var allNames: [String] {
    ["default"] + basicNames + basicNames.map { "bright-" + $0 } + ["gray", "grey"]
  }

  /// Parses `default`, a colour name, `bright-<name>`, `gray`, or `#rrggbb`; nil when not a colour.
  public init?(name: String) {
    let lowered = name.lowercased()
    if lowered == "default" {
      self = .terminalDefault
    } else if let index = Self.basicNames.firstIndex(of: lowered) {
      self = .indexed(UInt8(index))
    } else if lowered.hasPrefix("bright-"),
      let index = Self.basicNames.firstIndex(of: String(lowered.dropFirst(7)))
    {
      self = .indexed(UInt8(index + 8))
    } else if lowered == "gray" || lowered == "grey" {
      self = .indexed(8)
    } else if let rgb = Self.parseHex(lowered) {
      self = rgb
    } else {
      return nil
    }
  }

  /// A palette colour; nil outside 0-255.
  public init?(index: Int) {
    guard let value = UInt8(exactly: index) else { return nil }
    self = .indexed(value)
  }

  private static func parseHex(_ text: String) -> TerminalColor? {
    guard text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) else {
      return nil
    }
    return .rgb(
      red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
  }

  public var description: String {
    switch self {
    case .terminalDefault: return "default"
    case .indexed(let index) where index < 8: return Self.basicNames[Int(index)]
    case .indexed(let index) where index < 16: return "bright-" + Self.basicNames[Int(index) - 8]
    case .indexed(let index): return String(index)
    case .rgb(let red, let green, let blue):
      return "#"
        + [red, green, blue].map { byte in
          let hex = String(byte, radix: 16)
          return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
  }
}
