import Foundation
import GRDB
import PropertyBased
import Testing

@testable import QuietLegsCore

/// Two writers on one journal file (the full screen and `quietlegs edit` in another terminal),
/// each with its own connection: an edit saves only the fields it changed, a clash is reported
/// instead of overwritten, undo takes back only its own fields, and a replaced file is refused.
@Suite("Concurrent edits")
struct ConcurrentEditTests {
  let now = instant("2026-11-23 09:00")
  let start = instant("2026-11-22 23:00")

  /// The journal a second terminal opens on the same file.
  func otherTerminal(_ temp: TempJournal) throws -> Journal { try Journal(file: temp.journal.file) }

  func logged(_ temp: TempJournal) throws -> Episode {
    try temp.journal.add(
      EpisodeDraft(kind: .cramp, start: start, severity: 6, note: "typed in the TUI"), nights: temp.nights,
      now: now)
  }

  @Test("a form opened before another terminal's edit saves only the field it changed")
  func savesOnlyChangedFields() throws {
    let temp = try TempJournal()
    let opened = try logged(temp)
    var theirs = EpisodeDraft(opened)
    theirs.severity = 2
    theirs.note = "changed in another terminal"
    try otherTerminal(temp).update(id: opened.id!, with: theirs, nights: temp.nights, now: now)

    var mine = EpisodeDraft(opened)
    mine.side = .left
    let change = try temp.journal.update(
      id: opened.id!, from: opened, to: mine, nights: temp.nights, now: now)
    let stored = try #require(try temp.journal.episode(id: opened.id!))
    #expect(stored.side == .left)
    #expect(stored.severity == 2 && stored.note == "changed in another terminal")
    #expect(change.new == stored)
  }

  @Test("a field changed both here and elsewhere is reported, and nothing is saved until a choice is made")
  func clashAsksThenKeepsMineOrTheirs() throws {
    let temp = try TempJournal()
    let opened = try logged(temp)
    var theirs = EpisodeDraft(opened)
    theirs.severity = 2
    theirs.note = "changed in another terminal"
    let afterTheirs = try otherTerminal(temp).update(
      id: opened.id!, with: theirs, nights: temp.nights, now: now
    )
    .new

    var mine = EpisodeDraft(opened)
    mine.severity = 9
    mine.woke = true
    #expect(
      throws: JournalError.editConflict(EditConflict(fields: [.severity], current: afterTheirs))
    ) {
      try temp.journal.update(id: opened.id!, from: opened, to: mine, nights: temp.nights, now: now)
    }
    #expect(try temp.journal.episode(id: opened.id!) == afterTheirs, "nothing saved while asking")

    try temp.journal.update(
      id: opened.id!, from: opened, to: mine, choice: .takeTheirs, nights: temp.nights, now: now)
    var stored = try #require(try temp.journal.episode(id: opened.id!))
    #expect(stored.severity == 2 && stored.woke && stored.note == "changed in another terminal")

    try temp.journal.update(
      id: opened.id!, from: opened, to: mine, choice: .keepMine(over: afterTheirs), nights: temp.nights,
      now: now)
    stored = try #require(try temp.journal.episode(id: opened.id!))
    #expect(stored.severity == 9 && stored.woke && stored.note == "changed in another terminal")
  }

  @Test("keep mine overwrites only the value the person was shown; a value changed again asks anew")
  func keepMineOverTheValueSeen() throws {
    let temp = try TempJournal()
    let opened = try logged(temp)
    var theirs = EpisodeDraft(opened)
    theirs.severity = 2
    let shown = try otherTerminal(temp).update(id: opened.id!, with: theirs, nights: temp.nights, now: now)
      .new
    theirs.severity = 3
    let again = try otherTerminal(temp).update(id: opened.id!, with: theirs, nights: temp.nights, now: now)
      .new
    var mine = EpisodeDraft(opened)
    mine.severity = 9
    #expect(throws: JournalError.editConflict(EditConflict(fields: [.severity], current: again))) {
      try temp.journal.update(
        id: opened.id!, from: opened, to: mine, choice: .keepMine(over: shown), nights: temp.nights, now: now)
    }
    #expect(try temp.journal.episode(id: opened.id!)?.severity == 3)
  }

  @Test("the same value typed in both places is not a clash")
  func sameValueIsNoClash() throws {
    let temp = try TempJournal()
    let opened = try logged(temp)
    var both = EpisodeDraft(opened)
    both.severity = 3
    try otherTerminal(temp).update(id: opened.id!, with: both, nights: temp.nights, now: now)
    let change = try temp.journal.update(
      id: opened.id!, from: opened, to: both, nights: temp.nights, now: now)
    #expect(change.new.severity == 3)
  }

  @Test("undo puts back only this session's fields and keeps a later edit from another terminal")
  func undoKeepsOtherTerminalsEdit() throws {
    let temp = try TempJournal()
    let opened = try logged(temp)
    var mine = EpisodeDraft(opened)
    mine.severity = 9
    let edit = try temp.journal.update(id: opened.id!, from: opened, to: mine, nights: temp.nights, now: now)
    var theirs = EpisodeDraft(edit.new)
    theirs.note = "from CLI: important"
    try otherTerminal(temp).update(id: opened.id!, with: theirs, nights: temp.nights, now: now)

    try temp.journal.revertEdit(from: edit.new, to: edit.old)
    let stored = try #require(try temp.journal.episode(id: opened.id!))
    #expect(stored.severity == 6)
    #expect(stored.note == "from CLI: important")
  }

  @Test("undo refuses, changing nothing, when its own field changed elsewhere since")
  func undoRefusesWhenItsFieldChanged() throws {
    let temp = try TempJournal()
    let opened = try logged(temp)
    var mine = EpisodeDraft(opened)
    mine.severity = 9
    let edit = try temp.journal.update(id: opened.id!, from: opened, to: mine, nights: temp.nights, now: now)
    var theirs = EpisodeDraft(edit.new)
    theirs.severity = 4
    let later = try otherTerminal(temp).update(id: opened.id!, with: theirs, nights: temp.nights, now: now)
      .new
    #expect(throws: JournalError.changedSince(id: opened.id!, fields: ["severity"])) {
      try temp.journal.revertEdit(from: edit.new, to: edit.old)
    }
    #expect(try temp.journal.episode(id: opened.id!) == later)
  }

  @Test(
    "a deleted or replaced journal file is refused before writing, so nothing is reported saved that a new open would not find",
    arguments: ["deleted folder", "replaced file"])
  func replacedFileIsRefused(how: String) throws {
    let temp = try TempJournal()
    let opened = try logged(temp)
    let file = temp.journal.file
    if how == "deleted folder" {
      try FileManager.default.removeItem(at: temp.folder)
    } else {
      let other = file.deletingLastPathComponent().appendingPathComponent("other.sqlite3")
      _ = try Journal(file: other)
      for suffix in ["-wal", "-shm"] { unlink(file.path + suffix) }
      #expect(rename(other.path, file.path) == 0)
    }
    #expect(throws: JournalError.journalReplaced(path: file.path)) {
      try temp.journal.add(EpisodeDraft(kind: .rls, start: start), nights: temp.nights, now: now)
    }
    var draft = EpisodeDraft(opened)
    draft.severity = 1
    #expect(throws: JournalError.journalReplaced(path: file.path)) {
      try temp.journal.update(id: opened.id!, from: opened, to: draft, nights: temp.nights, now: now)
    }
    #expect(throws: JournalError.journalReplaced(path: file.path)) {
      try temp.journal.setNote("iron-deficiency", "x", expected: "")
    }
    #expect(throws: JournalError.journalReplaced(path: file.path)) {
      try temp.journal.addFactors(["alcohol"], night: opened.night)
    }
    let reopened = try Journal(paths: AppPaths(dataDirectory: temp.folder, configDirectory: temp.folder))
    #expect(try reopened.episodeCount() == 0)
  }

  @Test("a cause note changed elsewhere since it was opened is not overwritten; the tick is kept")
  func causeNoteClash() throws {
    let temp = try TempJournal()
    try temp.journal.setTicked("iron-deficiency", true, on: day("2026-11-20"), note: "first")
    try otherTerminal(temp).setTicked("iron-deficiency", false, on: day("2026-11-21"), note: "from CLI")
    #expect(throws: JournalError.noteChanged(causeId: "iron-deficiency", current: "from CLI")) {
      try temp.journal.setNote("iron-deficiency", "mine", expected: "first")
    }
    #expect(try temp.journal.checklist()["iron-deficiency"]?.note == "from CLI")
    let saved = try temp.journal.setNote("iron-deficiency", "mine", expected: "from CLI")
    #expect(saved.note == "mine" && !saved.ticked)
  }
}

@Suite("Questionnaire results")
struct QuestionnaireSavingTests {
  @Test("a result without answers is refused and the latest real one stays the latest")
  func emptyResultIsRefused() throws {
    let temp = try TempJournal()
    let real = QuestionnaireResult(
      takenAt: instant("2026-11-20 10:00"), answers: ["urge": "yes", "rest": "yes"], outcome: "maybe-rls")
    try temp.journal.saveQuestionnaire(real)
    let empty = QuestionnaireResult(takenAt: instant("2026-11-21 10:00"), answers: [:], outcome: "unclear")
    #expect(throws: JournalError.self) { try temp.journal.saveQuestionnaire(empty) }
    #expect(try temp.journal.questionnaires().map(\.outcome) == ["maybe-rls"])
  }
}

@Suite("Schema v3: steps done")
struct StepsDoneMigrationTests {
  @Test("a journal from before steps were kept is migrated: old runs read with steps unknown, a copy is kept")
  func migratesAnOlderJournal() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ql-v2-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("journal.sqlite3")
    let queue = try DatabaseQueue(path: file.path)
    try Migrations.migrator.migrate(queue, upTo: "v2-checklist-labs-routines-factors")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO routineSession (routineId, startEpoch, endEpoch, night, completed, stoppedAtStep)
          VALUES ('calf-stretches', 1763841600, 1763842200, '2025-11-22', 1, NULL)
          """)
    }
    try queue.close()

    let journal = try Journal(file: file, clock: .fixed(instant("2026-11-23 09:00")))
    let night = day("2025-11-22")
    let old = try #require(try journal.sessions(from: night, through: night).first?.session)
    #expect(old.completed && old.stepsDone == nil && old.stepCount == nil)
    let copies = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("backups").path)
    #expect(copies.contains { $0.hasPrefix("daily-") }, "a copy is kept before migrating")
  }
}

@Suite("Field-level merge, as a property")
struct EditMergePropertyTests {
  /// For random base, mine and theirs values of two fields: a field the person left alone keeps
  /// theirs; a field changed only here (or to the same value) takes mine; a field changed both
  /// places to different values is reported and nothing is written.
  @Test func mergeFollowsTheRule() async throws {
    let temp = try TempJournal()
    let now = instant("2026-11-23 09:00")
    let notes = ["", "first", "second"]
    await propertyCheck(count: 150, input: Gen.int(in: 1...3).array(of: 3), Gen.int(in: 0...2).array(of: 3)) {
      severities, noteIndexes in
      let (b, m, t) = (severities[0], severities[1], severities[2])
      let (bn, mn, tn) = (notes[noteIndexes[0]], notes[noteIndexes[1]], notes[noteIndexes[2]])
      let opened = try temp.journal.add(
        EpisodeDraft(kind: .cramp, start: instant("2026-11-22 23:00"), severity: b, note: bn),
        nights: temp.nights, now: now)
      var theirs = EpisodeDraft(opened)
      theirs.severity = t
      theirs.note = tn
      let other = try Journal(file: temp.journal.file)
      try other.update(id: opened.id!, with: theirs, nights: temp.nights, now: now)
      var mine = EpisodeDraft(opened)
      mine.severity = m
      mine.note = mn

      func expected<V: Equatable>(_ b: V, _ m: V, _ t: V) -> V? {
        if m == b { return t }
        return t == b || t == m ? m : nil
      }
      let severity = expected(b, m, t)
      let note = expected(bn, mn, tn)
      do {
        try temp.journal.update(id: opened.id!, from: opened, to: mine, nights: temp.nights, now: now)
        let stored = try #require(try temp.journal.episode(id: opened.id!))
        #expect(severity != nil && note != nil, "a clash was saved over")
        #expect(stored.severity == severity && stored.note == note)
      } catch JournalError.editConflict(let conflict) {
        #expect(conflict.fields.contains(.severity) == (severity == nil))
        #expect(conflict.fields.contains(.note) == (note == nil))
        let stored = try #require(try temp.journal.episode(id: opened.id!))
        #expect(stored.severity == t && stored.note == tn, "nothing written on a clash")
      }
    }
  }
}
