import Foundation
import Testing

/// Terminals that cannot show the full screen, and colour on the command line (issue 17).
@Suite("Terminal conventions")
struct TerminalConventionsTests {
  @Test func aDumbTerminalGetsTheOneLineRefusal() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start(environment: ["TERM": "dumb"])
    let result = try tmux.waitFor("[exited 1]")
    #expect(result.matched, "\(result.screen)")
    let text = result.screen.split(separator: "\n").joined(separator: " ")
    #expect(text.contains("quietlegs: terminal 'dumb' (TERM) cannot move the cursor"), "\(result.screen)")
    #expect(!text.contains("q quit"), "no footer of a screen that cannot be drawn: \(result.screen)")
  }

  @Test func truecolorWithoutADirectColourEntryStartsAsUsual() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    // tmux-direct is not installed everywhere: the program then opens TERM as given.
    try tmux.start(environment: ["COLORTERM": "truecolor"])
    #expect(try tmux.waitFor("[1 Calendar]").matched)
  }

  @Test func colourInPipesOnlyWhenForcedAndNeverAgainstNoColor() throws {
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    #expect(try q.run(["log", "cramp", "--severity", "8", "--at", "2026-11-20 23:00"]).status == 0)
    let escape = "\u{1B}["
    #expect(!(try q.run(["calendar", "2026-11"]).stdout.contains(escape)), "a pipe gets no colour")
    q.environment["CLICOLOR_FORCE"] = "1"
    #expect(try q.run(["calendar", "2026-11"]).stdout.contains(escape), "CLICOLOR_FORCE=1 keeps colour")
    q.environment["NO_COLOR"] = "1"
    #expect(!(try q.run(["calendar", "2026-11"]).stdout.contains(escape)), "NO_COLOR wins")
    q.environment["NO_COLOR"] = nil
    q.environment["CLICOLOR_FORCE"] = "0"
    #expect(!(try q.run(["calendar", "2026-11"]).stdout.contains(escape)), "CLICOLOR_FORCE=0 forces nothing")
  }
}

/// A damaged journal in the full screen (issue 17).
@Suite("Damaged journal in the full screen")
struct DamagedJournalTUITests {
  @Test func theCalendarSaysDamagedInsteadOfLookingEmpty() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    // Pages after the schema are overwritten: the journal opens, its episodes cannot be read.
    try q.damageJournal(from: 4096 * 3)
    try FileManager.default.createDirectory(at: tmux.dataDirectory, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: q.journalFile, to: tmux.dataDirectory.appendingPathComponent("journal.sqlite3"))
    try tmux.start()
    let result = try tmux.waitFor("The journal is damaged")
    #expect(result.matched, "\(result.screen)")
    #expect(result.screen.contains("quietlegs restore"), "\(result.screen)")
    #expect(!result.screen.contains("No episodes this night"), "\(result.screen)")
  }
}
