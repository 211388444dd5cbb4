import Foundation
import Testing

@testable import QuietLegsCore

/// One bad line in config.toml no longer throws every setting away (issue 16).
@Suite("config.toml keeps its valid settings")
struct SettingsFileTests {
  @Test("an unknown key is reported and the night boundary is kept")
  func typoKeepsTheBoundary() {
    let file = Settings.read(
      "night_boundary_hour = 18\nthem = \"night\"\nweek_starts = \"sunday\"\n", file: "c")
    #expect(file.settings.nightBoundaryHour == 18)
    #expect(file.settings.weekStart == .sunday)
    #expect(
      file.problems.map(\.description) == [
        "c:2: unknown setting 'them'; allowed: theme, bell, night_boundary_hour, week_starts, clock, factors, mouse, "
          + "on_routine_done, sound, sound_command"
      ])
    #expect(file.boundaryProblem == nil)
  }

  @Test("a line TOML cannot parse is skipped, the others are read")
  func syntaxErrorSkipsOneLine() {
    let file = Settings.read("bell = \ntheme = \"night\"\nnight_boundary_hour = 18\n", file: "c")
    #expect(file.settings.nightBoundaryHour == 18 && file.settings.theme == "night")
    #expect(file.problems.count == 1 && file.problems[0].line == 1, "\(file.problems)")
    #expect(file.boundaryProblem == nil)
  }

  @Test("a CR LF file is read line by line: a bad line costs only itself")
  func crlfFile() {
    let file = Settings.read(
      "\u{FEFF}theme = \"night\"\r\nbell = \r\nnight_boundary_hour = 18\r\n", file: "c")
    #expect(file.settings.nightBoundaryHour == 18 && file.settings.theme == "night", "\(file.problems)")
    #expect(file.problems.map(\.line) == [2])
    #expect(file.boundaryProblem == nil)
    let typo = Settings.read("night_boundary_hour = 18\r\nthem = 1\r\n", file: "c")
    #expect(typo.problems.map(\.line) == [2] && typo.settings.nightBoundaryHour == 18)
  }

  @Test("a boundary in digits with a comment is read")
  func boundaryWithComment() {
    #expect(Settings.read("night_boundary_hour = 18  # six pm\n", file: "c").settings.nightBoundaryHour == 18)
  }

  @Test("a wrong value for one key leaves only that key at its default")
  func wrongValueKeepsOthers() {
    let file = Settings.read("bell = \"loud\"\nnight_boundary_hour = 20\n", file: "c")
    #expect(file.settings.bell == true && file.settings.nightBoundaryHour == 20)
    #expect(file.problems.map(\.line) == [1])
  }

  @Test(
    "an unreadable night boundary is flagged, so nothing is placed by the default",
    arguments: [
      "night_boundary_hour = 25\n", "night_boundary_hour = \"noon\"\n", "night_boundary_hour = 0x12\n",
      "bell = true\nnight_boundary_hour = 1 8\n",
    ])
  func unreadableBoundaryIsFlagged(text: String) {
    let file = Settings.read(text, file: "c")
    #expect(file.boundaryProblem != nil, "\(file.problems)")
    #expect(file.boundaryRefusal?.contains("fix it first") == true)
  }
}
