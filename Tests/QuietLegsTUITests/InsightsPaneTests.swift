import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The Insights pane: what goes with bad nights, shown only with enough nights on both sides.
@Suite struct InsightsPaneTests {
  /// Six weeks before Fixtures.now (14 May 2024): caffeine on 8 nights, 6 of them bad; the
  /// routine on 4 nights, none of them bad; 4 other bad nights.
  func seeded() throws -> AppServices {
    let services = Fixtures.services()
    let journal = services.journal
    let nights = services.nights
    let first = CivilDate("2024-04-01")!
    for offset in [0, 3, 6, 9, 12, 15, 18, 21] {
      try journal.addFactors(["caffeine-late"], night: first.adding(days: offset))
    }
    for offset in [0, 3, 6, 9, 12, 15, 1, 4, 7, 10] {
      let start = nights.instant(in: first.adding(days: offset), hour: 2, minute: 0)
      try journal.add(
        EpisodeDraft(kind: .cramp, start: start, severity: 6), nights: nights, now: Fixtures.now)
    }
    for offset in [2, 5, 8, 11] {
      let start = nights.instant(in: first.adding(days: offset), hour: 21, minute: 0)
      try journal.saveSession(
        RoutineSession(
          routineId: "foot-soak", startedAt: start, endedAt: start.addingTimeInterval(900), completed: true,
          stoppedAtStep: nil), nights: nights)
    }
    return services
  }

  func screen(_ services: AppServices, width: Int = 80, height: Int = 24, keys: [Key] = []) -> String {
    var model = Fixtures.model(panes: [InsightsPane(services: services)])
    for key in keys { _ = model.update(.key(key)) }
    return Fixtures.screen(model, width: width, height: height)
  }

  @Test func emptyJournalSaysHowToStart() {
    let text = screen(Fixtures.services())
    #expect(text.contains("Nothing recorded yet"))
    #expect(text.contains("not what caused them"))
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func comparisonSnapshot(width: Int, height: Int) throws {
    let text = screen(try seeded(), width: width, height: height)
    #expect(text.contains("Caffeine after midday"))
    #expect(text.contains("75% bad (6/8)"))
    #expect(text.contains("Bedtime routine done"))
    #expect(text.contains("not enough nights yet (0 with"), "factors never noted still say so")
    assertSnapshot(text, named: "insights-\(width)x\(height)")
  }

  @Test("at the minimum width every number stays on screen (a short form, not a cut)")
  func narrowTerminalKeepsTheNumbers() throws {
    let text = screen(try seeded(), width: 60, height: 16)
    let bars = text.split(separator: "\n").filter { $0.contains("% ") }
    #expect(bars.count == 4, "\(text)")
    for line in bars {
      #expect(line.last?.isNumber == true, "a number was cut: \(line)")
    }
    #expect(text.contains("3 with, 3 without needed."), "\(text)")
  }

  @Test func windowKeyCyclesAndSaysSo() throws {
    var pane = InsightsPane(services: try seeded())
    let moment = Moment(wall: Fixtures.now, monotonic: Fixtures.monotonicNow)
    guard case .handled(let effects) = pane.handle(.character("w"), at: moment) else {
      Issue.record("w was not handled")
      return
    }
    #expect(effects.contains(.status(StatusMessage("Comparing the all nights.", kind: .info))))
  }

  @Test("a write elsewhere shows after reload, not before")
  func reloadPicksUpNewData() throws {
    let services = try seeded()
    var pane = InsightsPane(services: services)
    pane.willAppear(at: Fixtures.moment)
    try services.journal.addFactors(["alcohol"], night: CivilDate("2024-05-01")!)
    var model = Fixtures.model(panes: [pane])
    #expect(!Fixtures.screen(model, width: 120, height: 40).contains("(1 with"), "rendering never queries")
    pane.reload(at: Fixtures.moment)
    model = Fixtures.model(panes: [pane])
    #expect(Fixtures.screen(model, width: 120, height: 40).contains("(1 with"))
  }
}
