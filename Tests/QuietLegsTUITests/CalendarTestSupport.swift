import Foundation
import QuietLegsCore

@testable import QuietLegsTUI

/// A calendar over a real temporary journal at the fixed test time (Tue 14 May 2024, 22:30 UTC),
/// with helpers to seed nights and press keys.
struct CalendarHarness {
  let services: AppServices
  var model: AppModel

  /// `nights` puts the program in another zone than UTC (a person who has travelled).
  init(settings: Settings = Settings(), nights: NightCalendar? = nil) {
    let base = Fixtures.services()
    services = AppServices(
      journal: base.journal, nights: nights ?? base.nights, settings: settings, routines: base.routines,
      bell: false,
      clock: .fixed(Fixtures.now))
    model = Fixtures.model(panes: [CalendarPane(services: services)])
  }

  var nights: NightCalendar { services.nights }
  var journal: Journal { services.journal }
  /// The pane as the model holds it.
  var pane: CalendarPane { model.focusedPane as! CalendarPane }

  static func night(_ text: String) -> CivilDate { CivilDate(text)! }

  /// Saves an episode at `hour:minute` during the night `night` (YYYY-MM-DD).
  @discardableResult
  func log(
    _ night: String, _ hour: Int, _ minute: Int, _ kind: EpisodeKind = .cramp, severity: Int = 5,
    side: Side? = nil,
    site: Site? = nil, duration: Int? = nil, woke: Bool = false, helped: [String] = [], note: String = ""
  ) -> Episode {
    let start = nights.instant(in: Self.night(night), hour: hour, minute: minute)
    let draft = EpisodeDraft(
      kind: kind, start: start, severity: severity, side: side, site: site, durationSeconds: duration,
      woke: woke,
      helped: helped, note: note)
    return try! journal.add(draft, nights: nights, now: Fixtures.now)
  }

  /// Records a completed bedtime routine on the evening of `night`.
  func routineDone(_ night: String) {
    let start = nights.instant(in: Self.night(night), hour: 21, minute: 0)
    try! journal.saveSession(
      RoutineSession(
        routineId: "calf-stretches", startedAt: start, endedAt: start.addingTimeInterval(600),
        completed: true,
        stoppedAtStep: nil), nights: nights)
  }

  /// A month of varied nights in May 2024 and a few in April, for the screens.
  mutating func seedSpring() {
    log("2024-04-03", 2, 0, severity: 2)
    log("2024-04-18", 23, 30, .rls, severity: 5)
    log("2024-04-25", 4, 15, severity: 9, side: .left, site: .calf)
    log("2024-05-01", 2, 10, severity: 3, side: .left, site: .calf)
    log("2024-05-06", 23, 40, .rls, severity: 5, side: .both)
    log(
      "2024-05-07", 3, 5, severity: 8, side: .right, site: .foot, duration: 120, woke: true,
      helped: ["stretch", "walk"],
      note: "Woke with the right foot locked; standing on a cold floor eased it after a couple of minutes.")
    log("2024-05-07", 5, 20, .twitch, severity: 2)
    log("2024-05-10", 1, 45, severity: 6, side: .left, site: .thigh, duration: 45)
    log("2024-05-13", 0, 30, .rls, severity: 4)
    log("2024-05-14", 22, 0, severity: 7, side: .left, site: .calf)
    routineDone("2024-05-12")
    routineDone("2024-05-14")
    try! journal.addFactors(["alcohol", "caffeine-late"], night: Self.night("2024-05-14"))
    model.reloadForTests()
  }

  /// Sends keys: each character of `text` as a key.
  @discardableResult
  mutating func type(_ text: String) -> [Effect] {
    text.flatMap { model.update(.key(.character($0))) }
  }

  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    keys.flatMap { model.update(.key($0)) }
  }

  func screen(width: Int = 80, height: Int = 24) -> String {
    Fixtures.screen(model, width: width, height: height)
  }
}

extension AppModel {
  /// Makes every pane read the journal again, as when another terminal writes to it.
  mutating func reloadForTests() { _ = update(.journalChanged) }
}
