import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// `/` in the calendar finds the next night whose episodes hold a text, as `quietlegs list --search`.
@Suite("Calendar: / finds the next matching night")
struct CalendarSearchTests {
  static func harness() -> CalendarHarness {
    var harness = CalendarHarness()
    harness.seedSpring()
    harness.log("2024-05-12", 1, 0, severity: 3, helped: ["massage"])
    harness.model.reloadForTests()
    return harness
  }

  @Test("a note's text, ignoring case and accents; Enter again finds the next, wrapping round")
  func findsAndWraps() {
    var harness = Self.harness()
    harness.type("k")  // 7 May
    harness.type("/FLÓOR")
    harness.press(.enter)
    // Only 7 May's note says "floor": from 7 May the search wraps round to it.
    #expect(harness.pane.selected == CalendarHarness.night("2024-05-07"))
    #expect(harness.model.status?.text.contains("from the start again") == true)
    harness.press(.escape)
    harness.type("gg")  // types nothing: browsing ignores g
    harness.type("/")
    harness.press(.enter)  // the field keeps the last text
    #expect(harness.pane.selected == CalendarHarness.night("2024-05-07"))
  }

  @Test("what helped and sites match; N finds again after the field is closed")
  func helpedAndSite() {
    var harness = Self.harness()
    harness.type("kkkk")  // 16 April
    harness.type("/MASSAGE")
    harness.press(.enter, .escape)
    #expect(harness.pane.selected == CalendarHarness.night("2024-05-12"))
    #expect(harness.pane.selectedEpisode?.helped == ["massage"])
    harness.type("/calf")
    harness.press(.enter)
    #expect(harness.pane.selected == CalendarHarness.night("2024-05-14"), "the next night with a calf site")
    harness.press(.escape)
    harness.type("N")
    #expect(harness.pane.selected == CalendarHarness.night("2024-04-25"), "wraps to the first calf night")
  }

  @Test("no match says so and keeps the selection")
  func noMatch() {
    var harness = Self.harness()
    harness.type("/zebra")
    harness.press(.enter)
    #expect(harness.pane.selected == CalendarHarness.night("2024-05-14"))
    #expect(harness.model.status?.text.contains("No night has an episode matching") == true)
    #expect(harness.screen().contains("Find: zebra"))
  }
}
