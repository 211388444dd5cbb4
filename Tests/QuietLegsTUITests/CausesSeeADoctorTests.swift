import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The "see a doctor" list for constructed ticks, labs and nights.
@Suite struct CausesSeeADoctorTests {
  @Test("the view groups signs by urgency, most urgent first, each level with what to do")
  func groupedByUrgencyMostUrgentFirst() {
    let text = SeeADoctorText.lines(applying: [], catalog: .builtIn, width: 80).map(\.text)
    let headings = Urgency.allCases.map { level in
      text.firstIndex { $0.hasPrefix(level.label.uppercased() + ":") }
    }
    #expect(headings.allSatisfy { $0 != nil }, "\(text)")
    #expect(headings.compactMap { $0 } == headings.compactMap { $0 }.sorted())
    let emergency = headings[0]!
    #expect(text[emergency].contains("emergency number"))
    let clot = text.firstIndex { $0.contains("Possible blood clot") }!
    #expect(clot > headings[1]! && clot < headings[2]!, "the clot sign is a same-day sign")
  }

  @Test("a flag that applies is marked and not listed twice")
  func applyingFlagIsMarkedOnce() {
    let long = RedFlag(
      id: "long-cramp", rule: RedFlagSigns.longCramp.rule,
      detail: "a cramp of 12m on the night of 2026-11-20",
      advice: RedFlagSigns.longCramp.advice, sources: RedFlagSigns.longCramp.sources, urgency: .sameDay)
    let text = SeeADoctorText.lines(applying: [long], catalog: .builtIn, width: 80).map(\.text)
    #expect(text.filter { $0.contains(long.rule) }.count == 1)
    #expect(text.contains { $0.hasPrefix("● Same day: ") && $0.contains(long.rule) })
  }

  @Test func withNothingRecordedOnlyTheGeneralSignsShow() {
    var harness = CausesHarness()
    harness.press(.character("D"))
    let screen = harness.screen(width: 120, height: 40)
    #expect(screen.contains("Nothing here raises a sign right now."))
    let text = SeeADoctorText.lines(applying: [], catalog: .builtIn, width: 120).map(\.text).joined(
      separator: "\n")
    for flag in RedFlagSigns.all { #expect(text.contains(flag.rule), "\(flag.id)") }
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
    pane.willAppear(at: Fixtures.moment)
    let ids = pane.data.flagsThatApply.map(\.id)
    #expect(ids.contains("tick-kidney-disease"))
    #expect(ids.contains("tsat-low"))
    // Restless legs on several nights a week are course information, not a red flag.
    #expect(!ids.contains("rls-twice-a-week"))
    var harness = CausesHarness(services: services)
    harness.press(.character("D"))
    let screen = harness.screen(width: 120, height: 40)
    #expect(screen.contains("\(ids.count) now"))
    #expect(screen.contains("● Soon: Leg symptoms with kidney disease"))
    #expect(screen.contains("Leg symptoms with kidney disease"))
    #expect(screen.contains("Source: AASM 2024"))
    #expect(!screen.contains("aasm-"))
  }
}
