import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The "see a doctor" list for constructed ticks, labs and nights.
@Suite struct CausesSeeADoctorTests {
  @Test func withNothingRecordedOnlyTheGeneralSignsShow() {
    var harness = CausesHarness()
    harness.press(.character("D"))
    let screen = harness.screen(width: 120, height: 40)
    #expect(screen.contains("Nothing here raises a sign right now."))
    for flag in PersonalRedFlags.alwaysShown { #expect(screen.contains(flag.rule)) }
  }

  @Test func ticksLabsAndNightsRaiseTheirSigns() throws {
    let services = Fixtures.services()
    let today = services.nights.localDate(of: Fixtures.now)
    try services.journal.setTicked("kidney-disease", true, on: today)
    try services.journal.addLab(LabResult(test: .tsat, value: 15, unit: "%", takenOn: today))
    for back in 1...4 {
      let night = services.nights.night(of: Fixtures.now).adding(days: -back)
      let at = services.nights.instant(in: night, hour: 2, minute: 0)
      try services.journal.add(
        EpisodeDraft(kind: .rls, start: at, severity: 7), nights: services.nights, now: Fixtures.now)
    }
    var pane = CausesPane(services: services)
    pane.willAppear()
    let ids = pane.data.flagsThatApply.map(\.id)
    #expect(ids.contains("tick-kidney-disease"))
    #expect(ids.contains("tsat-low"))
    #expect(ids.contains("rls-twice-a-week"))
    var harness = CausesHarness(services: services)
    harness.press(.character("D"))
    let screen = harness.screen(width: 120, height: 40)
    #expect(screen.contains("\(ids.count) now"))
    #expect(screen.contains("Leg symptoms with kidney disease"))
    #expect(screen.contains("Source: aasm-2025"))
  }
}
