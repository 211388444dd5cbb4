import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Screens of the causes pane, compared with `__Snapshots__/causes-*.txt`.
@Suite struct CausesSnapshotTests {
  @Test(arguments: [(80, 24), (120, 40)])
  func firstScreen(width: Int, height: Int) {
    let harness = CausesHarness()
    assertSnapshot(harness.screen(width: width, height: height), named: "causes-first-\(width)x\(height)")
  }

  @Test func tickedCauseWithNoteAndFilter() {
    var harness = CausesHarness()
    harness.press(.character("/"))
    harness.type("coffee")
    harness.press(.enter, .character(" "), .character("N"))
    harness.type("two cups after lunch")
    harness.press(.enter)
    assertSnapshot(harness.screen(), named: "causes-filtered-ticked-80x24")
  }

  @Test func typingAFilter() {
    var harness = CausesHarness()
    harness.press(.character("/"))
    harness.type("iron")
    assertSnapshot(harness.screen(), named: "causes-filtering-80x24")
  }

  @Test func seeADoctorWithTicksAndLabs() throws {
    let services = Fixtures.services()
    let today = services.nights.localDate(of: Fixtures.now)
    try services.journal.setTicked("pregnancy", true, on: today)
    try services.journal.setTicked("statins", true, on: today)
    try services.journal.addLab(
      LabResult(test: .ferritin, value: 42, unit: "ug/L", takenOn: today.adding(days: -30)))
    var harness = CausesHarness(services: services)
    harness.press(.character("D"))
    assertSnapshot(harness.screen(width: 120, height: 40), named: "causes-see-a-doctor-120x40")
  }

  @Test func labHistoryChart() throws {
    let services = Fixtures.services()
    let today = services.nights.localDate(of: Fixtures.now)
    try services.journal.addLab(
      LabResult(test: .ferritin, value: 38, unit: "ng/mL", takenOn: today.adding(days: -90)))
    try services.journal.addLab(
      LabResult(test: .ferritin, value: 81, unit: "ug/L", takenOn: today.adding(days: -10)))
    try services.journal.addLab(
      LabResult(test: .tsat, value: 18, unit: "%", takenOn: today.adding(days: -10)))
    var harness = CausesHarness(services: services)
    harness.press(.home, .down)
    assertSnapshot(harness.screen(), named: "causes-lab-history-80x24")
  }

  @Test func labFormWithMessages() {
    var harness = CausesHarness()
    harness.press(.character("L"))
    harness.type("4o")
    harness.press(.tab, .control("u"))
    harness.type("kg")
    harness.press(.tab, .control("u"))
    harness.type("2024-13-01")
    harness.press(.enter)
    assertSnapshot(harness.screen(), named: "causes-lab-form-80x24")
  }

  @Test func questionnairePages() {
    var harness = CausesHarness()
    harness.press(.character("Q"), .character("y"), .character("y"))
    assertSnapshot(harness.screen(), named: "causes-questionnaire-80x24")
    harness.press(
      .character("y"), .character("y"), .character("n"), .character("n"), .character("n"), .character("u"))
    assertSnapshot(harness.screen(), named: "causes-questionnaire-result-80x24")
  }
}
