import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The month grid does not rest on colour: severity glyphs, a legend, and a selection that looks
/// unlike every severity in every theme, checked on the cells' style roles as well as their text.
@Suite("Month grid: severity glyphs, legend, selection apart in every theme")
struct CalendarGridStyleTests {
  /// The grid of the seeded spring month with the selection on a high night, as text over a
  /// second picture of each cell's role (`.` text, `m` muted, `t` today, `0`-`3` severities,
  /// `S` selection, `·` blank).
  static func gridWithRoles() -> (text: String, roles: String) {
    var harness = CalendarHarness()
    harness.seedSpring()
    let pane = harness.pane
    var buffer = Buffer(width: CalendarMonthGridView.width + 1, height: CalendarMonthGridView.height)
    let content = CalendarMonthGridView.Content(
      store: pane.store, selected: CivilDate("2024-05-07")!, tonight: CivilDate("2024-05-14")!,
      weekStart: .monday)
    CalendarMonthGridView(content: content).render(into: &buffer, area: buffer.area)
    let codes: [StyleRole: Character] = [
      .text: ".", .muted: "m", .today: "t", .severityNone: "0", .severityLow: "1", .severityMid: "2",
      .severityHigh: "3", .selection: "S", .title: "T",
    ]
    var roles: [String] = []
    for y in 0..<buffer.area.height {
      var row = ""
      for x in 0..<buffer.area.width {
        let cell = buffer[x, y]
        row.append(cell.symbol == " " && cell.role != .selection ? " " : codes[cell.role] ?? "?")
      }
      roles.append(row)
    }
    return (buffer.text(), roles.joined(separator: "\n"))
  }

  @Test("snapshot of the grid's text and roles: glyphs, count, routine, selection, legend")
  func snapshotWithRoles() {
    let grid = Self.gridWithRoles()
    assertSnapshot(grid.text + "\n--- roles ---\n" + grid.roles, named: "calendar-grid-roles")
    #expect(grid.text.contains("[ 7▓²"), "the selected high night with two episodes")
    #expect(grid.text.contains("░ low ▒ mid ▓ high"), "the legend explains the glyphs")
    #expect(grid.text.contains("⁺ 10+"), "the legend explains the 10+ mark")
  }

  @Test("ten or more episodes show ⁺")
  func tenOrMore() {
    #expect(CalendarNightStyle.episodes(1) == " ")
    #expect(CalendarNightStyle.episodes(2) == "²")
    #expect(CalendarNightStyle.episodes(10) == "⁺")
  }

  @Test(
    "the selection looks unlike every severity in every theme, with and without colour",
    arguments: ThemeContrastTests.themes.map(\.name),
    [ColorCapability.trueColor, .palette256, .eight, .none])
  func selectionApart(themeName: String, capability: ColorCapability) throws {
    let theme = try #require(ThemeContrastTests.themes.first { $0.name == themeName }).downgraded(
      to: capability)
    // The grid draws the selection bold and nights with episodes bold.
    var selection = theme[.selection]
    selection.attributes.insert(.bold)
    for severity in ThemeContrastTests.severities {
      var style = theme[severity]
      style.attributes.insert(.bold)
      #expect(style != selection, "\(themeName) at \(capability): \(severity.name) looks like the selection")
    }
  }
}
