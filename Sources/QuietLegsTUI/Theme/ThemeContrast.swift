import Foundation

/// WCAG 2 contrast of a theme's roles, to keep every theme readable: at least 4.5:1 for text a
/// person reads, 3:1 for decoration (borders, bars). The terminal's own colours, for `default`, are
/// taken as xterm's: light grey (229) on black.
public enum ThemeContrast {
  /// Roles that only decorate: borders and the bars of progress.
  public static let decoration: Set<StyleRole> = [.border, .progress, .progressTrack]

  /// The lowest contrast `role` may have.
  public static func minimum(for role: StyleRole) -> Double { decoration.contains(role) ? 3 : 4.5 }

  /// The contrast of `style` as a terminal with `capability` shows it (reverse swaps the two colours;
  /// it does not change the ratio).
  public static func ratio(of style: RoleStyle, at capability: ColorCapability) -> Double {
    let shown = style.downgraded(to: capability)
    return ratio(rgb(shown.foreground, isForeground: true), rgb(shown.background, isForeground: false))
  }

  /// The WCAG contrast ratio of two colours, from 1 to 21.
  static func ratio(_ a: ColorPalette.RGB, _ b: ColorPalette.RGB) -> Double {
    let (light, dark) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
    return (light + 0.05) / (dark + 0.05)
  }

  /// WCAG relative luminance of an sRGB colour.
  static func luminance(_ color: ColorPalette.RGB) -> Double {
    func channel(_ value: Int) -> Double {
      let c = Double(value) / 255
      return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)
  }

  /// The RGB a terminal shows for a colour; `default` is xterm's light grey or black.
  static func rgb(_ color: TerminalColor, isForeground: Bool) -> ColorPalette.RGB {
    switch color {
    case .terminalDefault: isForeground ? ColorPalette.basic[7] : ColorPalette.basic[0]
    case .indexed(let index): ColorPalette.rgb(ofIndex: index)
    case .rgb(let red, let green, let blue): (Int(red), Int(green), Int(blue))
    }
  }
}
