import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

@Suite("Every theme is readable: WCAG contrast, severities apart on 8 colours and without colour")
struct ThemeContrastTests {
  /// Every built-in theme, loaded as the program loads it (over the default theme).
  static let themes: [Theme] = {
    let loader = ThemeLoader(userThemesDirectory: URL(fileURLWithPath: "/nonexistent-quietlegs-themes"))
    return EmbeddedThemes.files.keys.sorted().map { loader.load(named: $0).theme }
  }()

  @Test("the four built-in themes are all here, so the tests below cannot pass on none")
  func allBuiltInThemesLoad() {
    #expect(Self.themes.map(\.name).sorted() == ["default", "high-contrast", "mono", "night"])
  }

  static let severities: [StyleRole] = [.severityNone, .severityLow, .severityMid, .severityHigh]

  @Test("WCAG sample values: black on white is 21:1, the night theme's old muted 239 on 232 about 2.4:1")
  func formula() {
    #expect(abs(ThemeContrast.ratio((0, 0, 0), (255, 255, 255)) - 21) < 0.01)
    let old = ThemeContrast.ratio(ColorPalette.rgb(ofIndex: 239), ColorPalette.rgb(ofIndex: 232))
    #expect(old > 2.3 && old < 2.5)
  }

  @Test(
    "text roles reach 4.5:1 and decoration 3:1, in 24-bit and 256 colours",
    arguments: themes.map(\.name), [ColorCapability.trueColor, .palette256])
  func contrast(themeName: String, capability: ColorCapability) throws {
    let theme = try #require(Self.themes.first { $0.name == themeName })
    for role in StyleRole.allCases {
      let ratio = ThemeContrast.ratio(of: theme[role], at: capability)
      #expect(
        ratio >= ThemeContrast.minimum(for: role),
        "\(themeName) \(role.name) at \(capability): \(String(format: "%.2f", ratio)):1")
    }
  }

  @Test(
    "severities keep apart from each other (and low is not white) on 8, 16 and 256 colours",
    arguments: themes.map(\.name), [ColorCapability.eight, .sixteen, .palette256])
  func severitiesApart(themeName: String, capability: ColorCapability) throws {
    let theme = try #require(Self.themes.first { $0.name == themeName }).downgraded(to: capability)
    let shown = Self.severities.dropFirst().map { theme[$0] }
    #expect(Set(shown).count == shown.count, "\(themeName) at \(capability): \(shown)")
    if themeName == "default", capability != .palette256 {
      #expect(theme[.severityLow].foreground == .indexed(2), "low stays green: \(theme[.severityLow])")
    }
  }

  @Test(
    "without colour, severities differ by attributes, and none of them looks like the selection",
    arguments: themes.map(\.name))
  func noColor(themeName: String) throws {
    let base = try #require(Self.themes.first { $0.name == themeName })
    var looks = [base.downgraded(to: .none)]
    if themeName == "mono" { looks.append(base.downgraded(to: .trueColor)) }
    for theme in looks {
      let styles = Self.severities.map { theme[$0] }
      #expect(Set(styles).count == styles.count, "\(themeName): \(styles)")
      for style in styles {
        #expect(style != theme[.selection], "\(themeName): a severity looks like the selection")
        #expect(!style.attributes.contains(.reverse), "\(themeName): reverse marks the selection")
      }
      #expect(theme[.selection].attributes.contains(.reverse))
    }
  }
}
