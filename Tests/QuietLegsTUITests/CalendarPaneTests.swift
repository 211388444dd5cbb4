import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The calendar pane's behaviour over a real journal: moving, logging, editing, undo, factors, reloads.
@Suite struct CalendarPaneTests {
  @Test func startsOnTonightAndMovesByNightWeekAndMonth() {
    var harness = CalendarHarness()
    #expect(harness.pane.selected == CivilDate("2024-05-14"))
    harness.type("l")
    #expect(harness.pane.selected == CivilDate("2024-05-15"))
    harness.press(.up)
    #expect(harness.pane.selected == CivilDate("2024-05-08"))
    harness.type("jh")
    #expect(harness.pane.selected == CivilDate("2024-05-14"))
    harness.type("]")
    #expect(harness.pane.selected == CivilDate("2024-06-14"))
    #expect(harness.screen().contains("June 2024"))
    harness.press(.pageUp, .pageUp)
    #expect(harness.pane.selected == CivilDate("2024-04-14"))
    harness.type("t")
    #expect(harness.pane.selected == CivilDate("2024-05-14"))
  }

  @Test func quickLogSavesInTwoKeystrokesWithTheLastUsedFields() throws {
    var harness = CalendarHarness()
    harness.log("2024-05-10", 2, 0, .rls, severity: 8, side: .right, site: .shin)
    harness.model.reloadForTests()
    harness.type("n")
    let effects = harness.press(.enter)
    #expect(effects.isEmpty, "the frame handles .journalChanged and .status")
    let latest = try #require(try harness.journal.latestEpisode())
    #expect(latest.start == Fixtures.now)
    #expect(latest.night == CivilDate("2024-05-14"))
    #expect((latest.kind, latest.severity, latest.side, latest.site) == (.rls, 8, .right, .shin))
    #expect(harness.model.status?.text.hasPrefix("Saved restless legs at 22:30") == true)
    #expect(harness.screen().contains("› 22:30  Restless legs"))
  }

  @Test("in the quick log a digit typed on the pre-filled severity replaces it (7 means 7, not 57)")
  func quickLogSeverityIsRetypedWhole() throws {
    var harness = CalendarHarness()
    harness.log("2024-05-10", 2, 0, severity: 5)
    harness.model.reloadForTests()
    harness.type("n")
    harness.press(.down, .down)
    harness.type("7")
    harness.press(.enter)
    #expect(try harness.journal.latestEpisode()?.severity == 7, "\(String(describing: harness.model.status))")
  }

  @Test("evening factors cannot be noted for a night that has not begun")
  func noFactorsForAFutureNight() throws {
    var harness = CalendarHarness()
    harness.type("l")
    harness.type("f")
    #expect(harness.model.status?.text.contains("has not begun") == true)
    #expect(harness.pane.mode == .browsing)
    harness.type("h")
    harness.type("f")
    #expect(harness.pane.mode != .browsing, "tonight's factors open as before")
  }

  @Test func escapeCancelsAndSavesNothing() throws {
    var harness = CalendarHarness()
    harness.type("n")
    harness.press(.escape)
    #expect(try harness.journal.episodeCount() == 0)
    #expect(harness.pane.mode == .browsing)
  }

  @Test func keysInAFormNeverReachTheGlobalKeys() throws {
    var harness = CalendarHarness()
    harness.type("a")
    harness.press(.up)  // to the note field
    let effects = harness.type("q2?")
    #expect(effects.isEmpty)
    #expect(harness.model.focusedPane.id == .calendar)
    #expect(harness.model.overlay == nil)
    guard case .form(let form) = harness.pane.mode else {
      Issue.record("the form closed")
      return
    }
    #expect(form.note.text == "q2?")
  }

  @Test func fullFormSavesEveryFieldOnTheSelectedNight() throws {
    var harness = CalendarHarness()
    harness.type("hha")  // night of Sun 12 May
    harness.press(.right)  // kind: restless legs
    harness.press(.down, .control("u"))
    harness.type("01:15")
    harness.press(.down, .control("u"))
    harness.type("6")
    harness.press(.down, .right, .right)  // side: right
    harness.press(.down, .right)  // site: calf
    harness.press(.down)
    harness.type("90s")
    harness.press(.down, .character(" "))  // woke: yes
    harness.press(.down)
    harness.type("walk, Stretch")
    harness.press(.down)
    harness.type("after a long drive")
    harness.press(.enter)
    let episode = try #require(try harness.journal.latestEpisode())
    #expect(episode.night == CivilDate("2024-05-12"))
    #expect(episode.start == harness.nights.instant(date: CivilDate("2024-05-13")!, hour: 1, minute: 15))
    #expect(episode.kind == .rls && episode.severity == 6 && episode.side == .right && episode.site == .calf)
    #expect(episode.durationSeconds == 90 && episode.woke && episode.helped == ["walk", "stretch"])
    #expect(episode.note == "after a long drive")
  }

  @Test func invalidFieldsAreMarkedAndNothingIsSaved() throws {
    var harness = CalendarHarness()
    harness.type("a")
    harness.press(.down, .control("u"))
    harness.type("7:5")
    guard case .form(let form) = harness.pane.mode else {
      Issue.record("the form closed")
      return
    }
    #expect(form.errors[.time] != nil, "validated while typing")
    harness.press(.down, .control("u"))
    harness.type("0")
    harness.press(.enter)
    #expect(try harness.journal.episodeCount() == 0)
    #expect(harness.model.status?.kind == .error)
    harness.press(.up, .end)
    harness.type("0")  // 7:50
    harness.press(.down, .control("u"))
    harness.type("4")
    harness.press(.enter)
    #expect(try harness.journal.episodeCount() == 0, "07:50 on tonight's night is still ahead")
    guard case .form(let later) = harness.pane.mode else {
      Issue.record("the form closed")
      return
    }
    #expect(later.errors[.time]?.contains("future") == true)
    harness.press(.up, .control("u"))
    harness.type("22:10")
    harness.press(.enter)
    #expect(try harness.journal.episodeCount() == 1)
  }

  @Test func editThenUndoPutsTheOldVersionBack() throws {
    var harness = CalendarHarness()
    let original = harness.log("2024-05-14", 21, 30, severity: 4, note: "first")
    harness.model.reloadForTests()
    harness.type("e")
    harness.press(.down, .down, .control("u"))
    harness.type("9")
    harness.press(.enter)
    #expect(try harness.journal.episode(id: original.id!)?.severity == 9)
    #expect(harness.screen().contains("severity 9"))
    harness.type("u")
    #expect(try harness.journal.episode(id: original.id!) == original)
    #expect(harness.screen().contains("severity 4"))
  }

  @Test func deleteIsImmediateAndUndoRestoresTheSameEpisode() throws {
    var harness = CalendarHarness()
    let first = harness.log("2024-05-14", 20, 0, severity: 3)
    let second = harness.log("2024-05-14", 21, 0, .twitch, severity: 2)
    harness.model.reloadForTests()
    harness.type("J")
    #expect(harness.pane.selectedEpisodeID == second.id)
    harness.type("d")
    #expect(try harness.journal.episode(id: second.id!) == nil)
    #expect(harness.model.status?.text.contains("u brings it back") == true)
    #expect(!harness.screen().contains("Twitch"))
    harness.type("u")
    #expect(try harness.journal.episode(id: second.id!) == second)
    #expect(harness.screen().contains("› 21:00  Twitch"))
    harness.type("K")
    #expect(harness.pane.selectedEpisodeID == first.id)
    harness.type("u")
    #expect(harness.model.status?.text == "Nothing to undo.")
  }

  @Test func factorsAreSavedAsTheyAreTicked() throws {
    var harness = CalendarHarness()
    let tonight = CivilDate("2024-05-14")!
    harness.type("f ")
    #expect(try harness.journal.factors(from: tonight, through: tonight).map(\.factorId) == ["caffeine-late"])
    harness.type("jj ")
    #expect(try harness.journal.factors(from: tonight, through: tonight).count == 2)
    harness.type("kk ")
    #expect(try harness.journal.factors(from: tonight, through: tonight).map(\.factorId) == ["hard-exercise"])
    harness.press(.escape)
    #expect(harness.pane.mode == .browsing)
    #expect(harness.screen().contains("Evening: Hard exercise"))
  }

  @Test func anotherTerminalsWriteShowsAfterReloadOnly() {
    var harness = CalendarHarness()
    harness.log("2024-05-14", 22, 15, severity: 6, note: "from the command line")
    #expect(!harness.screen().contains("22:15"), "drawing reads the cache, not the journal")
    _ = harness.model.update(.journalChanged)
    #expect(harness.screen().contains("22:15"))
  }

  @Test func tonightMovesOnWhenTheNightRollsOver() {
    var pane = CalendarHarness().pane
    #expect(pane.nextDeadline == nil, "no deadline before the first moment")
    let nextNoon = pane.services.nights.end(of: CivilDate("2024-05-14")!)
    _ = pane.tick(at: Moment(wall: Fixtures.now, monotonic: .seconds(1000)))
    #expect(pane.nextDeadline == .seconds(1000) + .seconds(nextNoon.timeIntervalSince(Fixtures.now)))
    _ = pane.tick(at: Moment(wall: nextNoon, monotonic: .seconds(50_000)))
    #expect(pane.tonight == CivilDate("2024-05-15"))
    #expect(pane.selected == CivilDate("2024-05-15"), "the selection follows tonight")
  }
}

@Suite struct CalendarWelcomeTests {
  @Test("the first-run note says how to start and that this is not medical advice, until a record exists")
  func welcomeUntilTheFirstRecord() {
    var harness = CalendarHarness()
    let empty = harness.screen(width: 120, height: 40)
    #expect(empty.contains("Welcome."))
    #expect(empty.contains("it is not medical advice."))
    harness.seedSpring()
    #expect(!harness.screen(width: 120, height: 40).contains("Welcome."))
  }
}
