import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Every size keeps what matters: the quit and help keys, the night a red flag refers to, a
/// marker for anything cut or hidden.
@Suite("Narrow screens keep the quit key, the red flag's nights and cut marks")
struct NarrowScreenTests {
  @Test("the footer always shows q quit and ? help, at 60, 80 and 120 columns", arguments: [60, 80, 120])
  func quitAndHelpStay(width: Int) {
    var harness = CalendarHarness()
    harness.seedSpring()
    let footer = harness.screen(width: width, height: 24).split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.contains("q quit") && footer.contains("? help"), "\(width): \(footer)")
  }

  @Test(
    "the red-flag banner names the week it refers to before the rule, at 60 and 80 columns",
    arguments: [60, 80])
  func bannerDateFirst(width: Int) {
    var harness = CalendarHarness()
    for night in ["2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"] {
      harness.log(night, 2, 0, .rls, severity: 6)
    }
    harness.model.reloadForTests()
    let banner = harness.screen(width: width, height: 24).split(separator: "\n")[1]
    #expect(banner.contains("week of 2024-05-06"), "\(banner)")
  }

  @Test("a night list too short for every episode says how much is hidden")
  func hiddenEpisodesHaveAMarker() {
    var harness = CalendarHarness()
    for hour in [1, 2, 3, 4, 5] {
      harness.log("2024-05-13", hour, 0, severity: 5, note: "A long note that wraps over a line or two here.")
    }
    harness.model.reloadForTests()
    harness.type("hJ")
    let text = harness.screen(width: 60, height: 16)
    #expect(text.contains("↑ ") && text.contains("↓ ") && text.contains(" more"), "\(text)")
  }
}
