import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The calendar while another terminal writes to the same journal file (its own connection):
/// edits save only the changed fields, clashes ask, undo takes back only this session's fields,
/// and a deleted journal file is never reported saved.
@Suite struct CalendarConcurrencyTests {
  /// The journal as another terminal opens it.
  static func otherTerminal(_ harness: CalendarHarness) -> Journal {
    try! Journal(file: harness.journal.file)
  }

  /// Changes an episode from the other terminal, as `quietlegs edit` does.
  static func editElsewhere(
    _ harness: CalendarHarness, _ episode: Episode, severity: Int? = nil, note: String? = nil
  ) throws {
    let other = otherTerminal(harness)
    var draft = EpisodeDraft(try other.episode(id: episode.id!)!)
    if let severity { draft.severity = severity }
    if let note { draft.note = note }
    try other.update(id: episode.id!, with: draft, nights: harness.nights, now: Fixtures.now)
    _ = harness
  }

  @Test("a form opened before another terminal's edit saves only the side the person changed")
  func formSavesOnlyChangedFields() throws {
    var harness = CalendarHarness()
    let logged = harness.log("2024-05-14", 20, 0, severity: 6, note: "typed in the TUI")
    harness.model.reloadForTests()
    harness.type("e")
    try Self.editElsewhere(harness, logged, severity: 2, note: "changed in another terminal")
    _ = harness.model.update(.journalChanged)
    harness.press(.tab, .tab, .tab, .right, .enter)
    let stored = try #require(try harness.journal.episode(id: logged.id!))
    #expect(stored.side == .left)
    #expect(stored.severity == 2)
    #expect(stored.note == "changed in another terminal")
    #expect(harness.model.status?.text.contains("Kept the severity and note from another terminal.") == true)
  }

  @Test("a field changed here and elsewhere asks: Esc goes back, t takes theirs, m keeps mine")
  func clashAsks() throws {
    var harness = CalendarHarness()
    let logged = harness.log("2024-05-14", 20, 0, severity: 6, note: "typed in the TUI")
    harness.model.reloadForTests()
    harness.type("e")
    harness.press(.tab, .tab)
    harness.type("9")
    try Self.editElsewhere(harness, logged, severity: 2)
    harness.press(.enter)
    #expect(try harness.journal.episode(id: logged.id!)?.severity == 2, "nothing saved while asking")
    assertSnapshot(harness.screen(), named: "calendar-edit-conflict-80x24")
    harness.press(.escape)
    #expect(harness.model.status?.text == "Not saved; the form is as you left it.")
    guard case .form = harness.pane.mode else {
      Issue.record("not back in the form")
      return
    }
    harness.press(.enter, .character("t"))
    #expect(try harness.journal.episode(id: logged.id!)?.severity == 2)
    #expect(harness.pane.mode == .browsing)

    harness.type("e")
    harness.press(.tab, .tab)
    harness.type("9")
    try Self.editElsewhere(harness, logged, severity: 3)
    harness.press(.enter, .character("m"))
    #expect(try harness.journal.episode(id: logged.id!)?.severity == 9)
  }

  @Test("u after an edit keeps a later note from another terminal and puts back only the severity")
  func undoKeepsOtherTerminalsNote() throws {
    var harness = CalendarHarness()
    let logged = harness.log("2024-05-14", 20, 0, severity: 7, note: "old note")
    harness.model.reloadForTests()
    harness.type("e")
    harness.press(.tab, .tab)
    harness.type("9")
    harness.press(.enter)
    try Self.editElsewhere(harness, logged, note: "from CLI: important")
    _ = harness.model.update(.journalChanged)
    harness.type("u")
    let stored = try #require(try harness.journal.episode(id: logged.id!))
    #expect(stored.severity == 7)
    #expect(stored.note == "from CLI: important")
  }

  @Test("u refuses with a message when the field it would put back changed elsewhere since")
  func undoRefusesAfterOtherTerminalsChange() throws {
    var harness = CalendarHarness()
    let logged = harness.log("2024-05-14", 20, 0, severity: 7)
    harness.model.reloadForTests()
    harness.type("e")
    harness.press(.tab, .tab)
    harness.type("9")
    harness.press(.enter)
    try Self.editElsewhere(harness, logged, severity: 4)
    harness.type("u")
    #expect(try harness.journal.episode(id: logged.id!)?.severity == 4)
    let status = try #require(harness.model.status)
    #expect(status.kind == .warning)
    #expect(status.text.hasPrefix("Not undone: the severity of cramp at 20:00"))
    #expect(status.text.contains("changed in another terminal since your edit"))
  }

  @Test("with the data folder deleted, a quick log says it was not saved and why")
  func deletedFolderIsNeverSaved() throws {
    var harness = CalendarHarness()
    try FileManager.default.removeItem(at: harness.journal.file.deletingLastPathComponent())
    harness.type("n")
    harness.press(.enter)
    let status = try #require(harness.model.status)
    #expect(status.kind == .error)
    #expect(status.text.hasPrefix("Not saved: the journal file was deleted or replaced"))
    _ = harness.model.update(.journalChanged)
    #expect(
      harness.screen(width: 100, height: 30).contains(
        "The journal file was deleted or replaced: nothing can be saved."))
    guard case .form = harness.pane.mode else {
      Issue.record("the form closed")
      return
    }
  }

  @Test("saving an edit of an episode deleted elsewhere says so in the program's own words")
  func editOfADeletedEpisode() throws {
    var harness = CalendarHarness()
    let logged = harness.log("2024-05-14", 20, 0, severity: 6)
    harness.model.reloadForTests()
    harness.type("e")
    try Self.otherTerminal(harness).delete(id: logged.id!)
    harness.press(.enter)
    let status = try #require(harness.model.status)
    #expect(status.text == "Not saved: this episode was deleted in another terminal; Esc closes the form.")
    #expect(!status.text.contains("quietlegs list"))
    #expect(try harness.journal.episode(id: logged.id!) == nil, "not brought back")
  }

  @Test("the factor checklist follows another terminal's ticks, so Space acts on what is shown")
  func checklistFollowsOtherTerminal() throws {
    var harness = CalendarHarness()
    let tonight = CivilDate("2024-05-14")!
    harness.type("f")
    try Self.otherTerminal(harness).addFactors(["caffeine-late"], night: tonight)
    _ = harness.model.update(.journalChanged)
    guard case .factors(let checklist) = harness.pane.mode else {
      Issue.record("checklist closed")
      return
    }
    #expect(checklist.ticked == ["caffeine-late"])
    harness.type(" ")
    #expect(try harness.journal.factors(from: tonight, through: tonight).isEmpty, "Space unticked it")
  }
}

@Suite struct CausesNoteConcurrencyTests {
  @Test("a cause note changed in another terminal while open is not overwritten until Enter again")
  func noteClashAsksBeforeOverwriting() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.select("statins")
    harness.press(.character("N"))
    harness.type("mine")
    try Journal(file: services.journal.file).setTicked(
      "statins", true, on: CivilDate("2024-05-14")!, note: "from CLI")
    harness.press(.enter)
    #expect(try services.journal.checklist()["statins"]?.note == "from CLI")
    let status = try #require(harness.model.status)
    #expect(status.kind == .warning)
    #expect(status.text.contains("changed in another terminal since you opened it"))
    #expect(status.text.contains("\u{201C}from CLI\u{201D}"))
    harness.press(.enter)
    let entry = try #require(try services.journal.checklist()["statins"])
    #expect(entry.note == "mine")
    #expect(entry.ticked, "the other terminal's tick is kept")
  }
}
