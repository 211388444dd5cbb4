import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Insights: the weekly median time restless legs start, with medicine starts and stops marked.
@Suite struct InsightsOnsetTests {
  /// Twelve weeks before Fixtures.now (14 May 2024): RLS at 23:00 for six weeks, then ropinirole
  /// from 1 April and RLS starting an hour earlier every two weeks.
  func seeded() throws -> AppServices {
    let services = Fixtures.services()
    let today = services.nights.localDate(of: Fixtures.now)
    try services.journal.addMedicine(
      Medicine(name: "ropinirole", usualTime: ClockTime("20:00"), since: CivilDate("2024-04-01")!),
      today: today)
    let first = CivilDate("2024-02-19")!
    for offset in stride(from: 0, to: 84, by: 2) {
      let night = first.adding(days: offset)
      let hour = offset < 42 ? 23 : 23 - (offset - 42) / 14
      try services.journal.add(
        EpisodeDraft(kind: .rls, start: services.nights.instant(in: night, hour: hour, minute: 0)),
        nights: services.nights, now: Fixtures.now)
    }
    return services
  }

  @Test func onsetLineWithTheMedicineStart() throws {
    var model = Fixtures.model(panes: [InsightsPane(services: try seeded())])
    _ = model.update(.key(.character("w")))  // the last 12 weeks
    _ = model.update(.key(.character("w")))
    _ = model.update(.key(.character("w")))
    _ = model.update(.key(.character("w")))
    let text = Fixtures.screen(model, width: 80, height: 30)
    #expect(text.contains("When restless legs start: weekly median (earlier is higher)"))
    #expect(text.contains("▲ ropinirole from 2024-04-01"))
    assertSnapshot(text, named: "insights-onset-80x30")
  }

  @Test("weeks map to rows by their median; a week without RLS leaves a gap")
  func rows() {
    let weeks = [
      RLSOnset.Week(start: CivilDate("2024-04-01")!, nights: 3, median: 23 * 60),
      RLSOnset.Week(start: CivilDate("2024-04-08")!, nights: 0, median: nil),
      RLSOnset.Week(start: CivilDate("2024-04-15")!, nights: 3, median: 19 * 60 + 30),
    ]
    let lines = OnsetChart.lines(weeks: weeks, medicines: [], width: 40).map(\.text)
    #expect(lines[1] == "16:00 " + "   ")
    #expect(lines[2] == "18:00 " + "  •")
    #expect(lines[4] == "22:00 " + "•  ")
    #expect(OnsetChart.lines(weeks: [weeks[1]], medicines: [], width: 40).isEmpty)
    // On the 12-hour clock the axis is wide enough for `12:00 am`, and the dots stay in line.
    let twelve = OnsetChart.lines(weeks: weeks, medicines: [], width: 40, clock: .twelveHour).map(\.text)
    #expect(twelve[2] == "6:00 pm  " + "  •")
    #expect(twelve[5] == "12:00 am " + "   ")
  }
}
