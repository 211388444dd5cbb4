import Foundation
import Testing

@Suite("Command line, running the real binary")
struct CLITests {
  @Test func logListAndCalendar() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let saved = try q.run([
      "log", "cramp", "--at", "02:10", "--severity", "7", "--side", "left", "--site", "calf",
      "--duration", "1h30m", "--woke", "--helped", "stretch,walk", "--note", "locked",
    ])
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(saved.stdout.contains("Saved episode 1"))
    #expect(saved.stdout.contains("night of 2026-11-21"))
    let list = try q.run(["list"])
    #expect(list.stdout.contains("2026-11-21  02:10  cramp  7"))
    let calendar = try q.run(["calendar", "2026-11"])
    #expect(calendar.stdout.contains("November 2026"))
    #expect(calendar.stdout.contains("21●"))
    #expect(!calendar.stdout.contains("\u{1B}["), "no colour when not on a terminal")
  }

  @Test(
    "bad input is one line naming the field, exits non-zero and writes nothing",
    arguments: [
      (["log", "hiccup"], "kind"),
      (["log", "cramp", "--severity", "0"], "severity"),
      (["log", "cramp", "--severity", "11"], "severity"),
      (["log", "cramp", "--at", "25:99"], "at"),
      (["log", "cramp", "--at", "2027-01-01 10:00"], "future"),
      (["log", "cramp", "--duration", "forever"], "duration"),
      (["log", "cramp", "--site", "knee"], "site"),
      (["import", "/no/such/file.json"], "cannot read"),
    ])
  func badInput(arguments: [String], mentions: String) throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(mentions), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    let list = try q.run(["list", "--format", "csv"])
    #expect(csvRows(list.stdout) == 1, "only the header: nothing was saved")
  }

  @Test("what helped is a comma-separated list of short phrases, in any language")
  func helpedPhrases() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let saved = try q.run(["log", "cramp", "--helped", "Stretch, hot shower,Wärme"])
    #expect(saved.status == 0, "\(saved.stderr)")
    let csv = try q.run(["list", "--format", "csv"]).stdout
    #expect(csv.contains("stretch;hot shower;wärme"), "\(csv)")
    let bad = try q.run(["log", "cramp", "--helped", "heat;cold"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("'heat;cold' is not a short phrase"), "\(bad.stderr)")
    #expect(bad.stderr.contains("comma-separated"))
  }

  @Test("a negative severity or a lab value that is not a number gets the range message, not a parser one")
  func numbersOutOfRangeAreNamed() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try expectRefused(
      q, ["log", "cramp", "--severity", "-3"], saying: "-3 is out of range; use a whole number from 1 to 10")
    for value in ["nan", "inf"] {
      try expectRefused(q, ["lab", "ferritin", value], saying: "'\(value)' is not a number")
    }
    #expect(try q.run(["list"]).stdout.contains("No episodes"), "nothing was saved")
  }

  @Test("an empty --at or --data-dir and a start before 2000 are refused with what is allowed")
  func emptyAndAncientValuesAreRefused() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try expectRefused(q, ["log", "cramp", "--at", ""], saying: "at: is empty; use now, HH:MM")
    try expectRefused(q, ["log", "cramp", "--at", "1900-01-01 01:00"], saying: "before the year 2000")
    try expectRefused(q, ["list", "--data-dir", ""], saying: "--data-dir is empty")
    #expect(try q.run(["list"]).stdout.contains("No episodes"), "nothing was saved")
  }

  @Test("factors --clear without ids says what it needs instead of doing nothing")
  func clearNeedsIds() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try expectRefused(q, ["factors", "--clear"], saying: "--clear needs the ids to remove")
  }

  @Test("routine ID whose own file failed says why, not just 'unknown'")
  func routineWithABrokenFileSaysWhy() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let folder = q.home.appendingPathComponent("config/quietlegs/routines")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "name = \"Mine\"\n[[steps]]\ntitle = \"x\"\nseconds = \"ten\"\n".write(
      to: folder.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
    try expectRefused(q, ["routine", "mine"], saying: "'mine' was not loaded: ")
    try expectRefused(q, ["routine", "mine"], saying: "mine.toml:4: step 1: seconds must be a whole number")
    let unknown = try q.run(["routine", "nothere"])
    #expect(unknown.stderr.contains("'nothere' is unknown; use one of"), "\(unknown.stderr)")
  }

  /// Runs a command that must fail, and checks that its message names the problem.
  func expectRefused(
    _ q: QuietLegsProcess, _ arguments: [String], saying text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try q.run(arguments)
    #expect(result.status != 0, "\(arguments) should fail", sourceLocation: sourceLocation)
    #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
  }

  @Test func unknownOptionFails() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(["log", "cramp", "--bogus"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--bogus"))
  }

  @Test func editDeleteAndNotFound() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "rls", "--at", "23:00"])
    let edited = try q.run(["edit", "1", "--severity", "9", "--kind", "cramp"])
    #expect(edited.stdout.contains("cramp") && edited.stdout.contains("severity 9"), "\(edited.stderr)")
    #expect(try q.run(["delete", "1"]).status == 0)
    let missing = try q.run(["delete", "1"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no episode with id 1"))
  }

  @Test func exportImportRoundTripIsIdempotent() throws {
    let a = try QuietLegsProcess()
    let b = try QuietLegsProcess()
    defer {
      a.cleanUp()
      b.cleanUp()
    }
    try a.run(["log", "cramp", "--at", "02:10", "--note", "a, \"quoted\" note"])
    try a.run(["log", "twitch", "--at", "2026-11-01 23:00"])
    let file = a.home.appendingPathComponent("backup.json").path
    #expect(try a.run(["export", "--output", file]).status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try b.run(["import", file]).stdout.contains("Imported 2 episodes"))
    #expect(try b.run(["import", file]).stdout.contains("Imported 0 episodes"))
    let csv = a.home.appendingPathComponent("e.csv").path
    try a.run(["export", "--format", "csv", "--output", csv])
    #expect(try b.run(["import", csv]).stdout.contains("(2 already present)"))
    #expect(try a.run(["export", "--format", "ics"]).stdout.contains("BEGIN:VEVENT"))
  }

  @Test func refusesAFileThatIsNotAJournal() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try FileManager.default.createDirectory(at: q.dataFolder, withIntermediateDirectories: true)
    try Data("my shopping list".utf8).write(to: q.journalFile)
    let result = try q.run(["list"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("not a QuietLegs journal"))
    #expect(try String(contentsOf: q.journalFile, encoding: .utf8) == "my shopping list")
  }

  @Test func versionAndHelp() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let version = try q.run(["--version"]).stdout
    #expect(version.hasPrefix("0."))
    #expect(version.contains("Licence: MIT"), "the licence is named where a user looks first")
    for command in ["log", "list", "edit", "delete", "calendar", "export", "import"] {
      let help = try q.run([command, "--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("USAGE"))
    }
  }
}

@Suite("Backup and restore on the command line")
struct BackupCLITests {
  @Test("two backups in the same second are both kept, under two names")
  func backupsOfTheSameSecond() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "02:00"])
    let first = try q.run(["backup"])
    let second = try q.run(["backup"])
    #expect(first.status == 0 && second.status == 0, "\(first.stderr) \(second.stderr)")
    #expect(second.stdout.contains("-2.sqlite3"), "\(second.stdout)")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: q.dataFolder.appendingPathComponent("backups").path)
    #expect(names.filter { $0.hasPrefix("journal-") }.count == 2, "\(names)")
  }

  @Test func backupThenRestore() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "02:00"])
    let file = q.home.appendingPathComponent("b.sqlite3").path
    let made = try q.run(["backup", "--output", file])
    #expect(made.status == 0, "\(made.stderr)")
    try q.run(["log", "rls", "--at", "03:00"])
    let restored = try q.run(["restore", file])
    #expect(restored.stdout.contains("Restored 1 episodes"), "\(restored.stderr)")
    #expect(csvRows(try q.run(["list", "--format", "csv"]).stdout) == 2)
    let backups = try FileManager.default.contentsOfDirectory(
      atPath: q.dataFolder.appendingPathComponent("backups").path)
    #expect(backups.contains { $0.hasPrefix("before-restore-") })
    let bad = try q.run(["restore", "/etc/hostname"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("not"))
  }

  @Test func importKeepsADailyCopy() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "02:00"])
    let file = q.home.appendingPathComponent("e.json").path
    try q.run(["export", "--output", file])
    try q.run(["import", file])
    let backups = try FileManager.default.contentsOfDirectory(
      atPath: q.dataFolder.appendingPathComponent("backups").path)
    #expect(backups == ["daily-2026-11-22.sqlite3"])
  }
}

/// Lines of CSV output (records end in CRLF, which Swift treats as one character).
func csvRows(_ text: String) -> Int {
  text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count
}
