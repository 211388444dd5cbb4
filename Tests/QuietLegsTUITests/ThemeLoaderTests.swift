import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

@Suite struct ThemeLoaderTests {
  /// Built-ins for the tests, independent of the real theme files.
  static let builtins = [
    "default": """
    name = "default"
    description = "Test default"
    [roles.text]
    fg = "white"
    [roles.title]
    fg = "cyan"
    bold = true
    [roles.header]
    fg = "black"
    bg = 250
    """,
    "night": """
    name = "night"
    [roles.text]
    fg = "#b8874f"
    """,
  ]

  private func withThemesFolder(_ files: [String: String], _ body: (ThemeLoader) throws -> Void) rethrows {
    let folder = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
      try? text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    try body(ThemeLoader(userThemesDirectory: folder, builtins: Self.builtins))
  }

  @Test func noNameGivesTheDefault() {
    withThemesFolder([:]) { loader in
      let result = loader.load(named: nil)
      #expect(result.problem == nil)
      #expect(result.theme.name == "default")
      #expect(result.theme[.text].foreground == .indexed(7))
      #expect(result.theme[.selection] == .plain, "roles the default file leaves out are plain")
    }
  }

  @Test func builtInThemeLiesOverTheDefault() {
    withThemesFolder([:]) { loader in
      let result = loader.load(named: "night")
      #expect(result.problem == nil)
      #expect(result.theme.name == "night")
      #expect(result.theme[.text].foreground == .rgb(red: 0xB8, green: 0x87, blue: 0x4F))
      #expect(result.theme[.title] == RoleStyle(foreground: .indexed(6), attributes: .bold))
    }
  }

  @Test func partialUserThemeKeepsTheOtherRolesFromDefault() {
    withThemesFolder(["mine.toml": "[roles.title]\nfg = \"magenta\"\n"]) { loader in
      let result = loader.load(named: "mine")
      #expect(result.problem == nil)
      #expect(result.theme.name == "mine")
      #expect(result.theme[.title] == RoleStyle(foreground: .indexed(5), attributes: .bold))
      #expect(result.theme[.header] == RoleStyle(foreground: .indexed(0), background: .indexed(250)))
      #expect(result.theme[.text].foreground == .indexed(7))
    }
  }

  @Test func userFileReplacesTheBuiltInOfTheSameName() {
    withThemesFolder(["night.toml": "[roles.text]\nfg = \"red\"\n"]) { loader in
      #expect(loader.load(named: "night").theme[.text].foreground == .indexed(1))
    }
  }

  @Test func brokenThemeGivesTheDefaultAndNamesFileAndLine() {
    withThemesFolder(["broken.toml": "name = \"broken\"\n\n[roles.text]\nfg = \"purple\"\n"]) { loader in
      let result = loader.load(named: "broken")
      #expect(result.theme[.text].foreground == .indexed(7))
      let problem = try! #require(result.problem)
      #expect(problem.contains("broken.toml:4:"))
      #expect(problem.contains("fg must be a colour"))
      #expect(problem.contains("using the default theme"))
    }
  }

  @Test func brokenBuiltInDefaultFallsBackToAttributesOnly() {
    let loader = ThemeLoader(
      userThemesDirectory: URL(fileURLWithPath: "/nonexistent"), builtins: ["default": "[roles.x]\n"])
    let result = loader.load(named: nil)
    #expect(result.theme[.selection].attributes == .reverse)
    #expect(result.problem?.contains("built-in theme default:1:") == true)
  }

  @Test func missingThemeListsWhereItLooked() {
    withThemesFolder([:]) { loader in
      let result = loader.load(named: "nope")
      #expect(result.theme.name == "default")
      #expect(result.problem?.contains("No theme named 'nope'") == true)
      #expect(result.problem?.contains("default, night") == true)
    }
  }

  @Test func pathsAreNotThemeNames() {
    withThemesFolder([:]) { loader in
      #expect(loader.load(named: "../../etc/passwd").problem?.contains("not valid") == true)
      #expect(ThemeLoader.isValidName("high-contrast"))
      #expect(!ThemeLoader.isValidName("a/b"))
      #expect(!ThemeLoader.isValidName(""))
    }
  }

  @Test func listsBuiltInAndUserThemesWithTheirOrigin() {
    withThemesFolder(["mine.toml": "description = \"Mine\"\n", "night.toml": "", "bad.toml": "[roles.x]\n"]) {
      loader in
      let listings = loader.listThemes()
      #expect(listings.map(\.name) == ["bad", "default", "mine", "night"])
      #expect(listings[1].origin == .builtIn)
      #expect(listings[1].description == "Test default")
      #expect(listings[2].description == "Mine")
      guard case .user = listings[2].origin else {
        Issue.record("mine should be a user theme")
        return
      }
      guard case .userOverridingBuiltIn = listings[3].origin else {
        Issue.record("night should override")
        return
      }
      #expect(listings[0].problem?.contains("unknown role 'x'") == true)
    }
  }

  @Test func everyShippedThemeParsesAndSetsEveryRole() throws {
    for (name, text) in EmbeddedThemes.files {
      let patch = try ThemeParser.parse(text, file: "built-in theme \(name)")
      if name == "default" {
        #expect(Set(patch.roles.keys) == Set(StyleRole.allCases), "default.toml should set every role")
      }
    }
  }
}
