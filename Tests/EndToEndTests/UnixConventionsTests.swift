import Foundation
import QuietLegsCore
import Testing

/// `-` for standard input and output, the documented exit statuses, and messages that name the
/// right file in plain words (issue 17).
@Suite("Unix conventions: streams, exit statuses, messages")
struct UnixConventionsTests {
  func withEpisode() throws -> QuietLegsProcess {
    let q = try QuietLegsProcess()
    #expect(try q.run(["log", "cramp", "--severity", "6", "--at", "2026-11-20 23:00"]).status == 0)
    return q
  }

  @Test func dashIsStandardOutputForExportReportAndBackup() throws {
    let q = try withEpisode()
    defer { q.cleanUp() }
    let export = try q.run(["export", "--format", "csv", "--output", "-"])
    #expect(export.status == 0 && export.stdout.contains("cramp"), "\(export.stderr)")
    let report = try q.run(["report", "--output", "-"])
    #expect(report.status == 0 && report.stdout.contains("#"), "\(report.stderr)")
    let backup = try q.run(["backup", "--output", "-"])
    #expect(backup.status == 0 && backup.stdout.hasPrefix("SQLite format 3"), "\(backup.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: q.home.path)
    #expect(!names.contains("-"), "no file named '-' is made")
    let copies = try FileManager.default.contentsOfDirectory(atPath: q.dataFolder.path + "/backups")
    #expect(!copies.contains { $0.hasPrefix(".stream") }, "the streamed copy's temporary file is removed")
  }

  @Test func dashIsStandardInputForImport() throws {
    let q = try withEpisode()
    defer { q.cleanUp() }
    let csv = try q.run(["export", "--format", "csv"]).stdout
    let other = try QuietLegsProcess()
    defer { other.cleanUp() }
    let result = try other.run(["import", "-"], stdin: csv)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Imported 1 episode from standard input"), "\(result.stdout)")
    #expect(try other.run(["list"]).stdout.contains("cramp"))
  }

  @Test func anEmptyFileNameIsRefusedClearly() throws {
    let q = try withEpisode()
    defer { q.cleanUp() }
    for arguments in [["export", "--output", ""], ["report", "--output", ""], ["backup", "--output", ""]] {
      let result = try q.run(arguments)
      #expect(result.status == ExitStatus.usage.rawValue, "\(arguments)")
      #expect(result.stderr.contains("the file name is empty"), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Is a directory"))
    }
  }

  @Test func aDeviceIsWrittenInPlaceAndAFullDiskIsAnIOFailure() throws {
    let q = try withEpisode()
    defer { q.cleanUp() }
    let full = try q.run(["export", "--output", "/dev/full"])
    #expect(full.status == ExitStatus.ioFailure.rawValue, "\(full.stderr)")
    #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
    var info = stat()
    #expect(
      stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/full is still a device")
  }

  @Test func exitStatusesAreTheDocumentedOnes() throws {
    let q = try withEpisode()
    defer { q.cleanUp() }
    #expect(try q.run(["list"]).status == ExitStatus.success.rawValue)
    #expect(try q.run(["log", "cramp", "--severity", "11"]).status == ExitStatus.refused.rawValue)
    #expect(try q.run(["lst"]).status == ExitStatus.usage.rawValue)
    #expect(try q.run(["list", "--bogus"]).status == ExitStatus.usage.rawValue)
    #expect(try q.run(["import", q.home.path + "/missing.json"]).status == ExitStatus.cannotOpen.rawValue)
    let outside = q.home.appendingPathComponent("copy.sqlite3").path
    #expect(try q.run(["backup", "--output", outside]).status == 0)
    let again = try q.run(["backup", "--output", outside])
    #expect(again.status == ExitStatus.ioFailure.rawValue)
    #expect(again.stderr.contains("cannot write the backup \(outside)"), "\(again.stderr)")
    #expect(!again.stderr.contains("the journal \(outside)"), "the backup is not called the journal")

    try Data("not a journal".utf8).write(to: q.journalFile)
    let refused = try q.run(["list"])
    #expect(refused.status == ExitStatus.cannotOpen.rawValue, "\(refused.stderr)")
  }

  @Test func aDataFolderThatIsAFileThroughXDGIsSaidPlainly() throws {
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let file = q.home.appendingPathComponent("datafile")
    try Data("x".utf8).write(to: file)
    q.environment["QUIETLEGS_DATA_DIR"] = nil
    q.environment["XDG_DATA_HOME"] = file.path
    let result = try q.run(["list"])
    #expect(result.status == ExitStatus.cannotOpen.rawValue)
    #expect(result.stderr.contains("\(file.path) is a file, not a folder"), "\(result.stderr)")
    #expect(
      !result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("could not be completed"))
  }

  @Test func aDamagedJournalPointsToBackupsAndRestore() throws {
    let q = try withEpisode()
    defer { q.cleanUp() }
    try q.damageJournal()
    let result = try q.run(["list"])
    #expect(result.status == ExitStatus.cannotOpen.rawValue, "\(result.stderr)")
    #expect(result.stderr.contains("is damaged"), "\(result.stderr)")
    #expect(
      result.stderr.contains("backups/") && result.stderr.contains("quietlegs restore"), "\(result.stderr)")
    #expect(!result.stderr.contains("not a QuietLegs journal"))
  }

  @Test func everyExitStatusIsDocumentedInTheReadmeAndTheManPage() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let manpage = try String(contentsOf: root.appendingPathComponent("Scripts/manpage.py"), encoding: .utf8)
    for status in ExitStatus.allCases {
      #expect(readme.contains("| `\(status.rawValue)` |"), "README documents \(status)")
      #expect(manpage.contains("(\"\(status.rawValue)\","), "the man page documents \(status)")
    }
  }
}
