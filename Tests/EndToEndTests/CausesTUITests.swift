import Foundation
import Testing

/// The causes pane in the real program inside a private tmux server.
@Suite("Causes pane in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct CausesTUITests {
  @Test func filteredTickSurvivesARestartAndShowsOnTheCommandLine() throws {
    let first = try TmuxSession()
    defer { first.close() }
    try first.start()
    try first.waitFor("[1 Calendar]")
    try first.send("2")
    #expect(try first.waitFor("For you").matched)
    try first.send("/")
    try first.send("-l", "late caffeine")
    #expect(try first.waitFor("Filter: late caffeine").matched)
    try first.send("Enter")
    try first.send("Space")
    let ticked = try first.waitFor("[x] Caffeine late in the day")
    #expect(ticked.matched, "\(ticked.screen)")
    #expect(ticked.screen.contains("Ticked on 2026-11-22"))
    try first.send("q")
    #expect(try first.waitFor("[exited 0]").matched)

    // A second program over the same journal: its data folder is the first one's.
    let second = try TmuxSession()
    defer { second.close() }
    try FileManager.default.removeItem(at: second.dataDirectory)
    try FileManager.default.createSymbolicLink(
      at: second.dataDirectory, withDestinationURL: first.dataDirectory)
    try second.start(["tui", "--pane", "causes"])
    try second.waitFor("For you")
    try second.send("m")
    let mine = try second.waitFor("only mine (m)")
    #expect(mine.matched, "\(mine.screen)")
    #expect(mine.screen.contains("[x] Caffeine late in the day"))
    try second.send("q")
    #expect(try second.waitFor("[exited 0]").matched)

    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_DATA_DIR"] = first.dataDirectory.path
    let listed = try cli.run(["causes", "--mine"])
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.stdout.contains("[x] caffeine"), "\(listed.stdout)")
  }
}
