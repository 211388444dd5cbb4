import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Backups and restore")
struct BackupTests {
  let now = instant("2026-11-22 09:30")

  @Test func backupIsAPrivateIntactCopy() throws {
    let t = try TempJournal()
    try t.journal.add(EpisodeDraft(kind: .cramp, start: now), nights: t.nights, now: now)
    let copy = t.folder.appendingPathComponent("copy.sqlite3")
    try t.journal.backup(to: copy)
    let mode = try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let opened = try Journal(file: copy)
    #expect(try opened.episodeCount() == 1)
    #expect(try opened.integrityCheck() == "ok")
    #expect(throws: JournalError.self) { try t.journal.backup(to: copy) }
  }

  @Test("one daily copy a day, the last seven kept")
  func dailyCopiesRoll() throws {
    let t = try TempJournal()
    let folder = t.folder.appendingPathComponent("backups")
    for offset in 0..<10 {
      #expect(try t.journal.dailyCopy(in: folder, today: day("2026-11-01").adding(days: offset)) != nil)
    }
    #expect(try t.journal.dailyCopy(in: folder, today: day("2026-11-10")) == nil)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.count == 7)
    #expect(names.first == "daily-2026-11-04.sqlite3")
  }

  @Test func restoreChecksTheFileAndKeepsTheCurrentJournal() throws {
    let old = try TempJournal()
    try old.journal.add(EpisodeDraft(kind: .rls, start: now), nights: old.nights, now: now)
    let backup = old.folder.appendingPathComponent("b.sqlite3")
    try old.journal.backup(to: backup)

    let current = try TempJournal()
    try current.journal.add(EpisodeDraft(kind: .cramp, start: now), nights: current.nights, now: now)
    try current.journal.add(EpisodeDraft(kind: .twitch, start: now), nights: current.nights, now: now)
    let safety = current.folder.appendingPathComponent("backups/before.sqlite3")
    try current.journal.restore(from: backup, safetyCopy: safety)
    #expect(try current.journal.allEpisodes().map(\.kind) == [.rls])
    #expect(try Journal(file: safety).episodeCount() == 2)

    let junk = current.folder.appendingPathComponent("junk.sqlite3")
    try Data("not a database at all".utf8).write(to: junk)
    #expect(throws: JournalError.self) {
      try current.journal.restore(
        from: junk, safetyCopy: current.folder.appendingPathComponent("backups/x.sqlite3"))
    }
    #expect(try current.journal.allEpisodes().map(\.kind) == [.rls], "a refused restore changes nothing")
  }
}
