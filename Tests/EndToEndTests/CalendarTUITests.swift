import Foundation
import Testing

/// The calendar pane in the real binary, inside a private tmux server.
@Suite("Calendar pane in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct CalendarTUITests {
  /// The command line over the same data folder as the tmux session.
  private func commandLine(for tmux: TmuxSession) throws -> QuietLegsProcess {
    var cli = try QuietLegsProcess()
    cli.environment["QUIETLEGS_DATA_DIR"] = tmux.dataDirectory.path
    return cli
  }

  @Test func quickLogTakesTwoKeystrokesAndReachesTheJournal() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    #expect(try tmux.waitFor("Night of Sat 21 Nov · tonight").matched, "the fixed now is Sun 22 Nov 09:30")
    try tmux.send("n")
    #expect(try tmux.waitFor("Log an episode now").matched)
    try tmux.send("Enter")
    #expect(try tmux.waitFor("Saved cramp at 09:30").matched)
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    let cli = try commandLine(for: tmux)
    defer { cli.cleanUp() }
    let list = try cli.run(["list", "--format", "csv"])
    #expect(list.status == 0)
    #expect(list.stdout.contains(",cramp,2026-11-22T09:30:00+01:00,2026-11-21,5,"), "\(list.stdout)")
  }

  @Test func anEpisodeLoggedInAnotherTerminalAppearsWithoutARestart() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    #expect(try tmux.waitFor("No episodes this night.").matched)
    let cli = try commandLine(for: tmux)
    defer { cli.cleanUp() }
    let logged = try cli.run(["log", "rls", "--at", "23:40", "--severity", "6", "--note", "logged elsewhere"])
    #expect(logged.status == 0, "\(logged.stderr)")
    let seen = try tmux.waitFor("23:40  Restless legs")
    #expect(seen.matched, "\(seen.screen)")
    #expect(seen.screen.contains("logged elsewhere"))
  }
}
