import Foundation
import Testing

@Suite("import keeps every episode and refuses odd files")
struct ImportCLITests {
  static let now = "2026-11-22T03:10:00+01:00"

  @Test("two cramps at the same minute and side both survive export and import into an empty journal")
  func sameMomentEpisodesSurviveImport() throws {
    let a = try QuietLegsProcess(now: Self.now)
    let b = try QuietLegsProcess(now: Self.now)
    defer {
      a.cleanUp()
      b.cleanUp()
    }
    for (severity, note) in [("8", "first"), ("3", "second")] {
      try a.run(["log", "cramp", "--at", "02:00", "--severity", severity, "--side", "left", "--note", note])
    }
    let file = a.home.appendingPathComponent("x.json").path
    #expect(try a.run(["export", "--output", file]).status == 0)
    let first = try b.run(["import", file])
    #expect(first.stdout.contains("Imported 2 episodes from \(file) (0 already present)."), "\(first)")
    let again = try b.run(["import", file])
    #expect(again.stdout.contains("Imported 0 episodes from \(file) (2 already present)."), "\(again)")
    let list = try b.run(["list"]).stdout
    #expect(list.contains("first") && list.contains("second"), "\(list)")
  }

  @Test("CSV rows without uuids at the same moment both land, and only once")
  func csvRowsWithoutUUIDBothLand() throws {
    let q = try QuietLegsProcess(now: Self.now)
    defer { q.cleanUp() }
    let file = q.home.appendingPathComponent("other.csv")
    try Data(
      """
      kind,start,severity,side,note
      cramp,2026-11-22T02:00:00+01:00,8,left,first
      cramp,2026-11-22T02:00:00+01:00,3,left,second

      """.utf8
    ).write(to: file)
    #expect(try q.run(["import", file.path]).stdout.contains("Imported 2 episodes"))
    #expect(try q.run(["import", file.path]).stdout.contains("Imported 0 episodes"))
  }

  @Test(
    "import of JSON that is not a QuietLegs export is refused, named, and writes nothing",
    arguments: ["{}", "[]", "{\"format\": \"quietlegs-journal\"}"])
  func oddJSONIsRefused(content: String) throws {
    let q = try QuietLegsProcess(now: Self.now)
    defer { q.cleanUp() }
    let file = q.home.appendingPathComponent("odd.json")
    try Data(content.utf8).write(to: file)
    let result = try q.run(["import", file.path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    for part in [file.path, "not a QuietLegs export", "QuietLegs JSON export or CSV from `quietlegs export`"]
    {
      #expect(result.stderr.contains(part), "\(result.stderr)")
    }
    #expect(!result.stderr.contains("Expected to decode"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: q.journalFile.path), "nothing was written")
  }

  @Test("a refused import leaves an existing journal as it was")
  func refusedImportKeepsTheJournal() throws {
    let q = try QuietLegsProcess(now: Self.now)
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "02:00"])
    let before = try q.run(["list", "--format", "csv"]).stdout
    let file = q.home.appendingPathComponent("array.json")
    try Data("[]".utf8).write(to: file)
    #expect(try q.run(["import", file.path]).status != 0)
    #expect(try q.run(["list", "--format", "csv"]).stdout == before)
  }
}
