import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The calendar pane's screens as text (re-record with QUIETLEGS_RECORD=1).
@Suite struct CalendarSnapshotTests {
  @Test(arguments: [(80, 24), (120, 40)])
  func monthWithData(width: Int, height: Int) {
    var harness = CalendarHarness()
    harness.seedSpring()
    harness.type("hhhhhhh")  // back a week to the night of Tue 7 May, with two episodes
    assertSnapshot(harness.screen(width: width, height: height), named: "calendar-month-\(width)x\(height)")
  }

  @Test func quickLogForm() {
    var harness = CalendarHarness()
    harness.seedSpring()
    harness.type("n")
    assertSnapshot(harness.screen(), named: "calendar-quick-log-80x24")
  }

  @Test func fullFormShowsEachFieldsMessage() {
    var harness = CalendarHarness()
    harness.seedSpring()
    harness.type("ha")
    harness.press(.down)
    harness.press(.control("u"))
    harness.type("25:00")
    harness.press(.down, .control("u"))
    harness.type("11")
    harness.press(.down, .down, .down)
    harness.type("5 minutes")
    harness.press(.enter)
    assertSnapshot(harness.screen(), named: "calendar-form-errors-80x24")
  }

  @Test func factorChecklist() {
    var harness = CalendarHarness()
    harness.seedSpring()
    harness.type("fj ")
    assertSnapshot(harness.screen(), named: "calendar-factors-80x24")
  }

  @Test func redFlagBanner() {
    var harness = CalendarHarness()
    for night in ["2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"] {
      harness.log(night, 2, 0, .rls, severity: 6)
    }
    harness.model.reloadForTests()
    assertSnapshot(harness.screen(), named: "calendar-red-flags-80x24")
  }

  @Test func sundayWeeksAtTheMinimumSize() {
    var settings = Settings()
    settings.weekStart = .sunday
    var harness = CalendarHarness(settings: settings)
    harness.seedSpring()
    let text = harness.screen(width: 60, height: 16)
    #expect(text.contains("severity 7") && text.contains("Cramp · left"), "the narrow list wraps at words")
    assertSnapshot(text, named: "calendar-sunday-60x16")
  }
}

/// The calendar with `clock = "12h"`: the night list and the edit form write `2:10 am`.
@Suite struct CalendarTwelveHourSnapshotTests {
  static func harness() -> CalendarHarness {
    var settings = Settings()
    settings.clock = .twelveHour
    var harness = CalendarHarness(settings: settings)
    harness.seedSpring()
    return harness
  }

  @Test func nightList() {
    var harness = Self.harness()
    harness.type("hhhhhhh")  // the night of Tue 7 May: 3:05 am and 5:20 am
    assertSnapshot(harness.screen(), named: "calendar-12h-night-80x24")
  }

  @Test func editForm() {
    var harness = Self.harness()
    harness.type("hhhhhhhe")
    assertSnapshot(harness.screen(), named: "calendar-12h-edit-form-80x24")
  }
}
