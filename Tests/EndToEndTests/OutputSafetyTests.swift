import Foundation
import QuietLegsCore
import Testing

@Suite("Messages and outputs are safe")
struct OutputSafetyTests {
  @Test("an error that quotes hostile input carries no escape sequence")
  func errorsAreCleaned() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(["log", "\u{1B}]0;pwned\u{07}\u{1B}[31mcramp"])
    #expect(result.status != 0)
    #expect(!result.stderr.contains("\u{1B}"), "\(result.stderr.debugDescription)")
    #expect(result.stderr.contains("kind:"))
  }

  @Test("export and report refuse to write into the data folder, next to the journal")
  func outputIntoTheDataFolderIsRefused() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "02:00"])
    let before = try Data(contentsOf: q.journalFile)
    for command in [["export", "--output"], ["report", "--output"]] {
      let result = try q.run(command + [q.journalFile.path])
      #expect(result.status != 0)
      #expect(result.stderr.contains("inside the data folder"), "\(result.stderr)")
    }
    #expect(try Data(contentsOf: q.journalFile) == before)
    #expect(try q.run(["list"]).status == 0)
  }

  @Test func restoringTheJournalOntoItselfIsRefused() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "02:00"])
    let result = try q.run(["restore", q.journalFile.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("the journal itself"))
    #expect(try q.run(["list"]).stdout.contains("cramp"))
  }

  @Test("a data folder the person already had keeps its mode; one we make is 0700")
  func existingFolderKeepsItsMode() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let shared = q.home.appendingPathComponent("shared")
    try FileManager.default.createDirectory(
      at: shared, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    #expect(try q.run(["log", "cramp", "--data-dir", shared.path]).status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: shared.path)[.posixPermissions] as? Int
    #expect(mode == 0o755)
    let journalMode =
      try FileManager.default.attributesOfItem(atPath: shared.appendingPathComponent("journal.sqlite3").path)[
        .posixPermissions] as? Int
    #expect(journalMode == 0o600)
  }
}
