import Foundation
import Testing

/// `quietlegs doctor`: folders and where they came from, the journal's state, settings in force,
/// the terminal, and problems; it changes nothing (issue 17).
@Suite("quietlegs doctor")
struct DoctorCLITests {
  func json(_ result: QuietLegsProcess.Result) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [String: Any], "\(result.stdout)")
  }

  @Test func aSoundSetUpHasNoProblems() throws {
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    #expect(try q.run(["log", "cramp"]).status == 0)
    q.environment["TERM"] = "xterm-256color"
    let text = try q.run(["doctor"])
    #expect(text.status == 0, "\(text.stdout)")
    #expect(text.stdout.contains("QuietLegs "))
    #expect(text.stdout.contains("\(q.dataFolder.path) (from $QUIETLEGS_DATA_DIR)"), "\(text.stdout)")
    #expect(text.stdout.contains("(from $XDG_CONFIG_HOME)"), "\(text.stdout)")
    #expect(text.stdout.contains("quick_check      ok"), "\(text.stdout)")
    #expect(text.stdout.contains("episodes         1"))
    #expect(text.stdout.contains("full screen      yes"))
    #expect(text.stdout.contains("Problems\n  none"))

    let data = try json(try q.run(["doctor", "--format", "json"]))
    let journal = try #require(data["journal"] as? [String: Any])
    #expect(journal["quickCheck"] as? String == "ok")
    let schema = try #require(journal["schema"] as? [String: Any])
    #expect(schema["version"] as? String == schema["newestKnown"] as? String)
    let paths = try #require(data["paths"] as? [String: Any])
    let folder = try #require(paths["dataFolder"] as? [String: Any])
    #expect(folder["from"] as? String == "$QUIETLEGS_DATA_DIR")
    #expect((data["terminal"] as? [String: Any])?["term"] as? String == "xterm-256color")
    #expect((data["problems"] as? [String])?.isEmpty == true)
    #expect(data["version"] as? String != nil)
  }

  @Test func itCreatesNothingAndNamesTheDataDirOption() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let elsewhere = q.home.appendingPathComponent("elsewhere")
    let result = try q.run(["--data-dir", elsewhere.path, "doctor"])
    #expect(result.stdout.contains("\(elsewhere.path) (from --data-dir)"), "\(result.stdout)")
    #expect(result.stdout.contains("not created yet"))
    #expect(!FileManager.default.fileExists(atPath: elsewhere.path), "doctor made no folder")
  }

  @Test func fileProblemsAreListedAndTheExitStatusSaysSo() throws {
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    #expect(try q.run(["log", "cramp"]).status == 0)
    let config = q.home.appendingPathComponent("config/quietlegs")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data("week_starts = \"friday\"\nbell = false\n".utf8).write(
      to: config.appendingPathComponent("config.toml"))
    q.environment["TERM"] = "dumb"
    let result = try q.run(["doctor"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("bell             off"), "the valid setting is in force: \(result.stdout)")
    #expect(result.stdout.contains("week_starts"), "the bad line is named: \(result.stdout)")
    #expect(result.stdout.contains("'dumb' cannot move the cursor"), "\(result.stdout)")
  }

  @Test func aDamagedJournalIsReported() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let bytes = try q.damageJournal()
    let result = try q.run(["doctor", "--format", "json"])
    #expect(result.status == 1)
    let problems = try #require(try json(result)["problems"] as? [String])
    #expect(
      problems.contains { $0.contains("is damaged") && $0.contains("quietlegs restore") }, "\(problems)")
    #expect(try Data(contentsOf: q.journalFile) == bytes, "the journal was not touched")
  }
}
