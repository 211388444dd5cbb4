import Foundation
import Testing

/// The medicines view in the real program inside a private tmux server.
@Suite("Medicines view in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct MedicinesTUITests {
  @Test("M opens the view; a, Tab completion, Enter saves; the command line lists it with its link")
  func addWithCompletionShowsOnTheCommandLine() throws {
    let session = try TmuxSession()
    defer { session.close() }
    try session.start(["tui", "--pane", "causes"])
    try session.waitFor("For you")
    try session.send("M")
    #expect(try session.waitFor("Change or stop a medicine only with your prescriber.").matched)
    try session.send("a")
    try session.send("-l", "sertr")
    #expect(try session.waitFor("Tab: sertraline").matched)
    try session.send("Tab")
    try session.send("Enter")
    let saved = try session.waitFor("▸ sertraline, regular, since 2026-11-22")
    #expect(saved.matched, "\(saved.screen)")
    #expect(saved.screen.contains("You take sertraline, an SSRI"))
    try session.send("Escape")
    // Esc then q within the decoder's 50 ms would be one Alt-q: wait for the list first.
    try session.waitFor("For you")
    try session.send("q")
    #expect(try session.waitFor("[exited 0]").matched)

    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_DATA_DIR"] = session.dataDirectory.path
    let listed = try cli.run(["med", "list"])
    #expect(
      listed.stdout.contains("1   sertraline, regular, since 2026-11-22"), "\(listed.stdout) \(listed.stderr)"
    )
  }
}
