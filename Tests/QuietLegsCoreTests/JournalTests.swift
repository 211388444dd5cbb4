import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Journal")
struct JournalTests {
  let now = instant("2026-11-23 09:00")

  @Test func addListsByNight() throws {
    let temp = try TempJournal()
    let j = temp.journal
    let a = try j.add(
      EpisodeDraft(kind: .cramp, start: instant("2026-11-23 02:10"), severity: 7, side: .left, site: .calf),
      nights: temp.nights, now: now)
    #expect(a.id != nil)
    #expect(a.night == day("2026-11-22"))
    #expect(a.utcOffsetSeconds == 3600)
    try j.add(EpisodeDraft(kind: .rls, start: instant("2026-11-21 23:00")), nights: temp.nights, now: now)
    let night22 = try j.episodes(from: day("2026-11-22"), through: day("2026-11-22"))
    #expect(night22.map(\.id) == [a.id])
    #expect(try j.episodes(from: day("2026-11-01"), through: day("2026-11-30")).count == 2)
  }

  @Test("episodes are decoded by position: the column list matches the table, in order")
  func episodeColumnsMatchTheTable() throws {
    let temp = try TempJournal()
    let names = try temp.journal.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('episode') ORDER BY cid")
    }
    #expect(names == EpisodeColumn.names)
    #expect(EpisodeColumn.allCases.map { "\($0)" } == EpisodeColumn.names, "cases and names in step")
    let saved = try temp.journal.add(
      EpisodeDraft(
        kind: .rls, start: instant("2026-11-23 02:10"), severity: 4, side: .both, site: .thigh,
        durationSeconds: 90, woke: true, helped: ["walk", "stretch"], note: "restless, then calm"),
      nights: temp.nights, now: now)
    #expect(try temp.journal.episode(id: saved.id!) == saved, "read by key (databaseSelection)")
    #expect(try temp.journal.episodes(from: saved.night, through: saved.night) == [saved])
    #expect(try temp.journal.allEpisodes() == [saved])
  }

  @Test func invalidDraftSavesNothing() throws {
    let temp = try TempJournal()
    for severity in [0, 11] {
      #expect(throws: JournalError.self) {
        try temp.journal.add(
          EpisodeDraft(kind: .cramp, start: now, severity: severity), nights: temp.nights, now: now)
      }
    }
    #expect(throws: JournalError.self) {
      try temp.journal.add(
        EpisodeDraft(kind: .cramp, start: now.addingTimeInterval(3600)), nights: temp.nights, now: now)
    }
    #expect(try temp.journal.episodeCount() == 0)
  }

  @Test func updateDeleteAndRestore() throws {
    let temp = try TempJournal()
    let j = temp.journal
    let saved = try j.add(EpisodeDraft(kind: .cramp, start: now, severity: 4), nights: temp.nights, now: now)
    var draft = EpisodeDraft(saved)
    draft.severity = 9
    draft.note = "calf locked"
    let (old, new) = try j.update(id: saved.id!, with: draft, nights: temp.nights, now: now)
    #expect(old.severity == 4)
    #expect(new.severity == 9)
    #expect(new.uuid == saved.uuid)
    let deleted = try j.delete(id: saved.id!)
    #expect(try j.episodeCount() == 0)
    try j.restore(deleted)
    #expect(try j.episode(id: saved.id!) == new)
    #expect(throws: JournalError.notFound(id: 999)) { try j.delete(id: 999) }
  }

  @Test("a lab value can be deleted; an unknown id says so and deletes nothing")
  func deleteLab() throws {
    let temp = try TempJournal()
    let j = temp.journal
    let wrong = try j.addLab(
      LabResult(test: .ferritin, value: 420, unit: "ng/mL", takenOn: day("2026-11-01")))
    let kept = try j.addLab(LabResult(test: .tsat, value: 18, unit: "%", takenOn: day("2026-11-01")))
    let deleted = try j.deleteLab(id: wrong.id!)
    #expect(deleted.value == 420 && deleted.test == .ferritin)
    #expect(try j.labs().map(\.id) == [kept.id])
    #expect(throws: JournalError.labNotFound(id: wrong.id!)) { try j.deleteLab(id: wrong.id!) }
    #expect(try j.labs().count == 1)
  }

  @Test("reverting an edit updates the episode only while it exists")
  func revertEditNeverResurrects() throws {
    let temp = try TempJournal()
    let j = temp.journal
    let original = try j.add(
      EpisodeDraft(kind: .cramp, start: instant("2026-11-23 02:10"), severity: 4), nights: temp.nights,
      now: now)
    let edited = try j.update(
      id: original.id!, with: EpisodeDraft(kind: .cramp, start: instant("2026-11-23 02:10"), severity: 9),
      nights: temp.nights, now: now
    ).new
    try j.revertEdit(from: edited, to: original)
    #expect(try j.episode(id: original.id!) == original)
    _ = try j.delete(id: original.id!)
    #expect(throws: JournalError.notFound(id: original.id!)) { try j.revertEdit(from: edited, to: original) }
    #expect(try j.episode(id: original.id!) == nil)
  }

  @Test("editing other fields keeps the night an episode was logged on, even after the boundary hour changed")
  func editKeepsTheNight() throws {
    let temp = try TempJournal()
    let j = temp.journal
    let start = instant("2026-11-23 02:00")
    let logged = try j.add(
      EpisodeDraft(kind: .cramp, start: start, severity: 4), nights: temp.nights, now: now)
    #expect(logged.night == day("2026-11-22"))
    let midnight = NightCalendar(timeZone: temp.nights.timeZone, boundaryHour: 0)
    let edited = try j.update(
      id: logged.id!, with: EpisodeDraft(kind: .cramp, start: start, severity: 6), nights: midnight, now: now
    ).new
    #expect(edited.night == day("2026-11-22") && edited.severity == 6)
    let moved = try j.update(
      id: logged.id!, with: EpisodeDraft(kind: .cramp, start: instant("2026-11-23 03:00"), severity: 6),
      nights: midnight, now: now
    ).new
    #expect(moved.night == day("2026-11-23"), "a new start is placed by the rule in force")
  }

  @Test func filesArePrivate() throws {
    let temp = try TempJournal()
    let folderMode =
      try FileManager.default.attributesOfItem(atPath: temp.folder.path)[.posixPermissions] as? Int
    let fileMode =
      try FileManager.default.attributesOfItem(atPath: temp.journal.file.path)[.posixPermissions] as? Int
    #expect(folderMode == 0o700)
    #expect(fileMode == 0o600)
  }

  @Test func refusesFilesThatAreNotJournals() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ql-bad-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("journal.sqlite3")
    for content in [Data(), Data("hello, not sqlite".utf8)] {
      try content.write(to: file)
      #expect(throws: JournalError.self) { try Journal(file: file) }
      #expect(try Data(contentsOf: file) == content, "the file must be left untouched")
    }
    // An SQLite database of another program.
    try FileManager.default.removeItem(at: file)
    let other = try TempJournal()
    try FileManager.default.copyItem(at: other.journal.file, to: file)
    _ = try Journal(file: file)  // a copy of a real journal opens
  }

  @Test func reopensAndKeepsData() throws {
    let temp = try TempJournal()
    try temp.journal.add(EpisodeDraft(kind: .twitch, start: now), nights: temp.nights, now: now)
    let again = try Journal(file: temp.journal.file)
    #expect(try again.episodeCount() == 1)
  }

  @Test("two connections write at once without losing anything")
  func concurrentWriters() throws {
    let temp = try TempJournal()
    let second = try Journal(file: temp.journal.file)
    let nights = temp.nights
    let start = now
    let journals = [temp.journal, second]
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      for i in 0..<50 {
        _ = try? journals[index].add(
          EpisodeDraft(kind: .cramp, start: start.addingTimeInterval(Double(-i * 60 - index)), severity: 3),
          nights: nights, now: start)
      }
    }
    #expect(try temp.journal.episodeCount() == 100)
  }

  @Test func dataVersionSeesOtherConnections() throws {
    let temp = try TempJournal()
    let other = try Journal(file: temp.journal.file)
    let before = temp.journal.dataVersion()
    try other.add(EpisodeDraft(kind: .cramp, start: now), nights: temp.nights, now: now)
    #expect(temp.journal.dataVersion() != before)
  }
}

@Suite("Journal file")
struct JournalFileTests {
  @Test("the journal is in WAL mode, and reopening an up-to-date journal writes nothing")
  func walAndQuietReopen() throws {
    let temp = try TempJournal()
    #expect(try temp.journal.journalMode() == "wal")
    let before = try Data(contentsOf: temp.journal.file)
    _ = try Journal(file: temp.journal.file)
    #expect(try Data(contentsOf: temp.journal.file) == before)
  }
}
