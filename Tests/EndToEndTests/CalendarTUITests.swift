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

  @Test func editingAfterTravellingKeepsTheTimeAsLogged() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    var cli = try commandLine(for: tmux)
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_NOW"] = "2026-11-22T09:30:00+01:00"
    cli.environment["TZ"] = "Europe/Berlin"
    #expect(try cli.run(["log", "cramp", "--at", "2026-11-21 22:05", "--severity", "6"]).status == 0)
    let before = try cli.run(["list", "--format", "csv"]).stdout
    // In Tokyo it is 17:30 on Sun 22 Nov: the episode is on the night before.
    try tmux.start(environment: ["TZ": "Asia/Tokyo"])
    #expect(try tmux.waitFor("Night of Sun 22 Nov · tonight").matched)
    try tmux.send("h")
    #expect(try tmux.waitFor("22:05 UTC+01:00").matched)
    try tmux.send("e")
    let form = try tmux.waitFor("HH:MM at UTC+01:00")
    #expect(form.matched, "\(form.screen)")
    try tmux.send("Enter")
    let saved = try tmux.waitFor("Saved cramp at 22:05 UTC+01:00 on the night of Sat 21 Nov")
    #expect(saved.matched, "\(saved.screen)")
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    let after = try cli.run(["list", "--format", "csv"]).stdout
    #expect(after == before && after.contains(",cramp,2026-11-21T22:05:00+01:00,2026-11-21,6,"), "\(after)")
    #expect(try cli.run(["list"]).stdout.contains("2026-11-21  22:05  cramp"))
  }
}
