import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// An episode logged at home (UTC+01:00) and edited after travelling (the program now in Tokyo):
/// the edit form shows and reads the time as logged, and the status line says it so.
@Suite struct CalendarLoggedTimeTests {
  static let home = NightCalendar(timeZone: TimeZone(secondsFromGMT: 3_600)!, boundaryHour: 12)
  static let tokyo = NightCalendar(timeZone: TimeZone(identifier: "Asia/Tokyo")!, boundaryHour: 12)

  /// The harness in Tokyo with a cramp logged at 23:10 at home on the night of Tue 14 May
  /// (22:10 UTC, 07:10 the next morning in Tokyo).
  static func travelled(settings: Settings = Settings()) -> (CalendarHarness, Episode) {
    var harness = CalendarHarness(settings: settings, nights: tokyo)
    let start = home.instant(in: CivilDate("2024-05-14")!, hour: 23, minute: 10)
    let episode = try! harness.journal.add(
      EpisodeDraft(kind: .cramp, start: start, severity: 6, note: "at home"), nights: home, now: Fixtures.now)
    harness.model.reloadForTests()
    return (harness, episode)
  }

  @Test func theEditFormShowsTheLoggedTimeAndItsOffset() {
    var (harness, _) = Self.travelled()
    #expect(harness.screen().contains("23:10 UTC+01:00"))
    harness.type("e")
    let screen = harness.screen()
    #expect(screen.contains("23:10"), "\(screen)")
    #expect(!screen.contains("07:10"), "the time as logged, not in Tokyo: \(screen)")
    #expect(screen.contains("HH:MM at UTC+01:00"), "\(screen)")
  }

  @Test func openingAndSavingUnchangedNeverMovesTheEpisode() throws {
    var (harness, episode) = Self.travelled()
    harness.type("e")
    harness.press(.enter)
    #expect(try harness.journal.episode(id: episode.id!) == episode)
    #expect(
      harness.model.status?.text == "Saved cramp at 23:10 UTC+01:00 on the night of Tue 14 May.",
      "\(harness.model.status?.text ?? "")")
  }

  @Test func aTimeTypedInTheFormIsReadOnTheLoggedClock() throws {
    var (harness, episode) = Self.travelled()
    harness.type("e")
    harness.press(.down, .control("u"))
    harness.type("23:20")
    harness.press(.enter)
    let saved = try #require(try harness.journal.episode(id: episode.id!))
    #expect(saved.start == episode.start.addingTimeInterval(600))
    #expect(saved.utcOffsetSeconds == 3_600)
    #expect(saved.night == episode.night)
    #expect(harness.screen().contains("23:20 UTC+01:00"))
  }

  @Test func inTheZoneItWasLoggedInNoOffsetIsShown() {
    var harness = CalendarHarness()
    harness.log("2024-05-14", 21, 30)
    harness.model.reloadForTests()
    harness.type("e")
    let screen = harness.screen()
    #expect(screen.contains("21:30") && screen.contains("HH:MM") && !screen.contains("UTC+"), "\(screen)")
  }

  @Test func theTwelveHourClockReadsAndWritesAmAndPm() throws {
    var settings = Settings()
    settings.clock = .twelveHour
    var harness = CalendarHarness(settings: settings)
    harness.type("ha")
    harness.press(.down, .control("u"))
    harness.type("2:10 pm")
    harness.press(.enter)
    let night = CivilDate("2024-05-13")!
    let saved = try #require(try harness.journal.episodes(from: night, through: night).first)
    #expect(saved.start == harness.nights.instant(date: night, hour: 14, minute: 10))
    #expect(harness.model.status?.text.hasPrefix("Saved cramp at 2:10 pm on the night of Mon 13 May") == true)
  }
}
