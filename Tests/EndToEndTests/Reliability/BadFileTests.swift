import Foundation
import QuietLegsCore
import Testing

@Suite("Bad journal files are reported and never overwritten")
struct BadFileTests {
  /// A data folder holding a real journal with a few episodes.
  func journalWithData() throws -> QuietLegsProcess {
    let q = try QuietLegsProcess()
    for hour in 20...23 {
      let result = try q.run([
        "log", "cramp", "--at", "2026-11-20 \(hour):00", "--note", String(repeating: "n", count: 1500),
      ])
      #expect(result.status == 0, "\(result.stderr)")
    }
    return q
  }

  func expectRefusedAndUntouched(_ q: QuietLegsProcess, mentions: String) throws {
    let before = try Data(contentsOf: q.journalFile)
    for arguments in [["list"], ["log", "cramp"]] {
      let result = try q.run(arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(mentions), "\(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1)
    }
    #expect(try Data(contentsOf: q.journalFile) == before, "the file must not change")
  }

  @Test func zeroLengthFile() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try FileManager.default.createDirectory(at: q.dataFolder, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: q.journalFile.path, contents: Data())
    try expectRefusedAndUntouched(q, mentions: "empty")
  }

  @Test func notSQLite() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try FileManager.default.createDirectory(at: q.dataFolder, withIntermediateDirectories: true)
    try Data("{\"a\": 1}".utf8).write(to: q.journalFile)
    try expectRefusedAndUntouched(q, mentions: "not an SQLite database")
  }

  @Test func truncatedFile() throws {
    let q = try journalWithData()
    defer { q.cleanUp() }
    try q.run(["backup", "--output", q.home.appendingPathComponent("x.sqlite3").path])  // checkpoint
    let data = try Data(contentsOf: q.journalFile)
    try? FileManager.default.removeItem(atPath: q.journalFile.path + "-wal")
    try data.prefix(data.count / 2).write(to: q.journalFile)
    let result = try q.run(["list"])
    #expect(result.status != 0)
    #expect(
      result.stderr.contains("damaged") || result.stderr.contains("not a QuietLegs journal"),
      "\(result.stderr)")
  }

  @Test func corruptedPages() throws {
    let q = try journalWithData()
    defer { q.cleanUp() }
    try q.run(["backup", "--output", q.home.appendingPathComponent("x.sqlite3").path])
    var data = try Data(contentsOf: q.journalFile)
    try? FileManager.default.removeItem(atPath: q.journalFile.path + "-wal")
    for offset in stride(from: 4096, to: data.count, by: 997) { data[offset] = 0xA5 }
    try data.write(to: q.journalFile)
    let result = try q.run(["list"])
    #expect(result.status != 0)
    #expect(result.stderr.hasPrefix("quietlegs: "), "\(result.stderr)")
  }

  @Test func journalFromANewerVersion() throws {
    let q = try journalWithData()
    defer { q.cleanUp() }
    let journal = try Journal(file: q.journalFile)
    try journal.markAsWrittenByNewerVersionForTesting()
    try expectRefusedAndUntouched(q, mentions: "newer QuietLegs")
  }

  @Test func dataFolderIsAFile() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try Data("x".utf8).write(to: q.dataFolder)
    let result = try q.run(["log", "cramp"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("cannot use the data folder"))
  }

  @Test func missingFolderIsCreatedPrivately() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    #expect(try q.run(["log", "cramp"]).status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: q.dataFolder.path)[.posixPermissions] as? Int
    #expect(mode == 0o700)
  }
}
