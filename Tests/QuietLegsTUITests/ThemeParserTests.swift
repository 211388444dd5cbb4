import QuietLegsCore
import Testing

@testable import QuietLegsTUI

@Suite struct ThemeParserTests {
  @Test func readsNameDescriptionAndRoles() throws {
    let text = """
      name = "dusk"
      description = "Test theme"

      [roles.text]
      fg = "#aabbcc"
      bg = 234

      [roles.severity-high]
      fg = "bright-red"
      bold = true
      underline = false
      """
    let patch = try ThemeParser.parse(text, file: "dusk.toml")
    #expect(patch.name == "dusk")
    #expect(patch.description == "Test theme")
    #expect(
      patch.roles[.text]
        == RolePatch(foreground: .rgb(red: 0xAA, green: 0xBB, blue: 0xCC), background: .indexed(234)))
    #expect(patch.roles[.severityHigh] == RolePatch(foreground: .indexed(9), bold: true, underline: false))
    #expect(patch.roles[.muted] == nil)
  }

  @Test func acceptsRolesWrittenAsInlineTables() throws {
    let patch = try ThemeParser.parse("[roles]\ntitle = { fg = \"cyan\", reverse = true }\n", file: "t.toml")
    #expect(patch.roles[.title] == RolePatch(foreground: .indexed(6), reverse: true))
  }

  @Test(arguments: [
    ("[roles.text]\nfg = \"purple\"\n", 2, "fg must be a colour"),
    ("name = \"x\"\n\n[roles.txt]\nfg = \"red\"\n", 3, "unknown role 'txt'"),
    ("[roles.text]\nbold = \"yes\"\n", 2, "bold must be true or false"),
    ("[roles.text]\nfg = 300\n", 2, "is not a palette colour"),
    ("[roles.text]\nitalic = true\n", 2, "unknown key 'italic'"),
    ("colour = 1\n", 1, "unknown key 'colour'"),
    ("name = \"x\"\n[roles.text\nfg = 1\n", 2, "not valid TOML"),
    ("name = 3\n", 1, "name must be text"),
  ])
  func reportsTheLineAndTheFault(text: String, line: Int, message: String) {
    #expect {
      _ = try ThemeParser.parse(text, file: "broken.toml")
    } throws: { error in
      guard let error = error as? TOMLFileError else { return false }
      return error.file == "broken.toml" && error.line == line && error.message.contains(message)
    }
  }

  @Test func patchChangesOnlyTheFieldsItSets() {
    let base = Theme(
      name: "base",
      styles: [.title: RoleStyle(foreground: .indexed(6), background: .indexed(0), attributes: [.bold])])
    let patched = base.applying(
      ThemePatch(roles: [.title: RolePatch(foreground: .indexed(1), bold: false, dim: true)]))
    #expect(
      patched[.title] == RoleStyle(foreground: .indexed(1), background: .indexed(0), attributes: [.dim]))
    #expect(patched.name == "base")
  }
}
