import Foundation
import QuietLegsCore
import Testing

/// The full screen and a command-line writer changing the same records (docs/RELIABILITY.md,
/// "Nothing overwritten unseen"): the repros of the 2026-11-29 user test, F4, F13 and F17, on
/// the real binary.
@Suite(
  "Nothing overwritten unseen: the full screen and `edit` at once",
  .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TUIEditConflictTests {
  /// A command-line runner and a full screen over one data folder, the screen already showing
  /// the episode logged as "typed in the TUI" (cramp, 23:00, severity 6).
  final class Setup {
    let q: QuietLegsProcess
    let tmux: TmuxSession

    init(severity: Int = 6) throws {
      q = try QuietLegsProcess()
      tmux = try TmuxSession()
      try q.run([
        "log", "cramp", "--at", "2026-11-21 23:00", "--severity", "\(severity)", "--note", "typed in the TUI",
      ])
      try tmux.startShell("exec " + tmux.commandLine([], dataDirectory: q.dataFolder))
      let ready = try tmux.waitFor("Cramp · severity \(severity)", timeout: 20)
      try #require(ready.matched, "\(ready.screen)")
    }

    deinit {
      tmux.close()
      q.cleanUp()
    }

    /// Runs the command line in "another terminal" and checks it worked.
    func elsewhere(_ arguments: [String]) throws {
      let result = try q.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    /// The first episode as `quietlegs export` gives it.
    func exported() throws -> [String: Any] {
      let result = try q.run(["export"])
      let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
      return (json?["episodes"] as? [[String: Any]])?.first ?? [:]
    }

    /// Opens the edit form on the episode.
    func openForm() throws {
      try tmux.send("e")
      try #require(try tmux.waitFor("Edit episode").matched)
    }

    /// Waits until the screen shows `text` on a settled frame.
    @discardableResult
    func see(_ text: String, timeout: TimeInterval = 10) throws -> String {
      let seen = try tmux.waitFor(text, timeout: timeout)
      #expect(seen.matched, "expected \"\(text)\" on:\n\(seen.screen)")
      return seen.screen
    }
  }

  @Test(
    "a form opened before `edit` in another terminal saves only the side; the other severity and note stay")
  func formSavesOnlyTheChangedField() throws {
    let s = try Setup()
    try s.openForm()
    try s.elsewhere(["edit", "1", "--severity", "2", "--note", "changed in another terminal"])
    try s.see("Cramp · severity 2")  // redrawn behind the form
    try s.tmux.send("Tab", "Tab", "Tab", "Right", "Enter")
    try s.see("Kept the severity and note from another terminal.")
    let episode = try s.exported()
    #expect(episode["side"] as? String == "left")
    #expect(episode["severity"] as? Int == 2)
    #expect(episode["note"] as? String == "changed in another terminal")
  }

  @Test("a field changed in both places asks; m keeps mine")
  func clashAsksAndKeepsMine() throws {
    let s = try Setup()
    try s.openForm()
    try s.tmux.send("Tab", "Tab", "9")
    try s.elsewhere(["edit", "1", "--severity", "2"])
    try s.see("Cramp · severity 2")
    try s.tmux.send("Enter")
    let asked = try s.see("Changed in another terminal")
    #expect(asked.contains("severity: yours 9, now 2"))
    #expect(try s.exported()["severity"] as? Int == 2, "nothing saved while asking")
    try s.tmux.send("m")
    try s.see("Saved cramp at 23:00")
    #expect(try s.exported()["severity"] as? Int == 9)
  }

  @Test("u after a full-screen edit keeps a later note from `edit` and puts back only the severity")
  func undoKeepsTheOtherTerminalsNote() throws {
    let s = try Setup(severity: 7)
    try s.openForm()
    try s.tmux.send("Tab", "Tab", "9", "Enter")
    try s.see("Saved cramp at 23:00")
    try s.elsewhere(["edit", "1", "--note", "from CLI: important"])
    try s.see("from CLI: important")
    try s.tmux.send("u")
    try s.see("Edit undone")
    let episode = try s.exported()
    #expect(episode["severity"] as? Int == 7)
    #expect(episode["note"] as? String == "from CLI: important")
  }

  @Test("u refuses with a message when `edit` changed the same field since")
  func undoRefusesAfterTheSameFieldChanged() throws {
    let s = try Setup(severity: 7)
    try s.openForm()
    try s.tmux.send("Tab", "Tab", "9", "Enter")
    try s.see("Saved cramp at 23:00")
    try s.elsewhere(["edit", "1", "--severity", "4"])
    try s.see("Cramp · severity 4")
    try s.tmux.send("u")
    try s.see("Not undone: the severity of cramp at 23:00")
    #expect(try s.exported()["severity"] as? Int == 4)
  }

  @Test("with the data folder deleted, a quick log is not reported saved, and `list` agrees")
  func deletedFolderIsNotReportedSaved() throws {
    let s = try Setup()
    try FileManager.default.removeItem(at: s.q.dataFolder)
    try s.tmux.send("n")
    try s.see("Log an episode now")
    try s.tmux.send("Enter")
    let screen = try s.see("Not saved: the journal file was deleted or replaced")
    #expect(!screen.contains("Saved cramp"))
    try s.tmux.send("Escape")
    try s.see("The journal file was deleted or replaced: nothing can be saved.")
    let list = try s.q.run(["list"])
    #expect(list.stdout.contains("No episodes"), "\(list.stdout)")
  }

  @Test("paging through the questionnaire with → keeps the real result (F13)")
  func questionnairePagingKeepsTheResult() throws {
    let s = try Setup()
    try s.tmux.send("2")
    try s.see("Cramp or RLS?")
    try s.tmux.send("Q")
    try s.see("Question 1 of 8")
    for key in ["y", "y", "y", "y", "n", "n", "y", "u"] { try s.tmux.send(key) }
    try s.see("Your answers are saved")
    try s.tmux.send("Enter", "Q")
    try s.see("Question 1 of 8")
    for _ in 0..<8 { try s.tmux.send("Right") }
    try s.see("No question was answered, so nothing was saved.")
    let result = try s.q.run(["export"])
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let outcomes = (json?["questionnaires"] as? [[String: Any]])?.compactMap { $0["outcome"] as? String }
    #expect(outcomes == ["maybe-rls"])
  }

  @Test("two full screens edit one episode: each keeps the other's field")
  func twoFullScreensKeepEachOthersFields() throws {
    let s = try Setup()
    let second = try TmuxSession()
    defer { second.close() }
    try second.startShell("exec " + second.commandLine([], dataDirectory: s.q.dataFolder))
    #expect(try second.waitFor("Cramp · severity 6", timeout: 20).matched)
    try s.openForm()
    try second.send("e")
    #expect(try second.waitFor("Edit episode").matched)
    try second.send("Tab", "Tab", "3", "Enter")  // the second screen: severity 3
    #expect(try second.waitFor("Saved cramp at 23:00").matched)
    try s.see("Cramp · severity 3")
    try s.tmux.send("Tab", "Tab", "Tab", "Right", "Enter")  // the first screen: side left
    try s.see("Kept the severity from another terminal.")
    let episode = try s.exported()
    #expect(episode["severity"] as? Int == 3)
    #expect(episode["side"] as? String == "left")
  }

  @Test("skipping every step of a routine says how many were done and is not a done routine")
  func skippedRoutineIsNotDone() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let folder = tmux.configHome.appendingPathComponent("quietlegs/routines")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try """
    name = "Quick check"

    [[steps]]
    title = "First hold"
    seconds = 30

    [[steps]]
    title = "Second hold"
    seconds = 30
    """.write(to: folder.appendingPathComponent("quick.toml"), atomically: true, encoding: .utf8)
    try tmux.startShell(
      "exec " + tmux.commandLine(["routine", "quick", "--quiet"], dataDirectory: q.dataFolder))
    #expect(try tmux.waitFor("Quick check · step 1 of 2", timeout: 20).matched)
    try tmux.send("s")
    #expect(try tmux.waitFor("step 2 of 2").matched)
    try tmux.send("s")
    let end = try tmux.waitFor("Quick check: 0 of 2 steps done in full")
    #expect(end.matched, "\(end.screen)")
    #expect(!end.screen.contains("all 2 steps"))
    let result = try q.run(["export"])
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let sessions = json?["routineSessions"] as? [[String: Any]] ?? []
    #expect(sessions.map { $0["completed"] as? Bool } == [false])
    let night = try q.run(["factors", "--night", "2026-11-21"])
    #expect(
      night.stdout.contains("[ ] \(EveningFactor.routineID)"), "no routine done that night:\n\(night.stdout)")
  }
}
