import Foundation
import Testing

/// CSV written to a terminal (issue 16): a note's escape sequences are shown harmless, and each
/// record keeps its own line (CR LF ends included).
@Suite("CSV on a terminal", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct CSVOnATerminalTests {
  @Test func csvOnATerminalCannotDriveIt() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_DATA_DIR"] = tmux.dataDirectory.path
    for note in ["first\u{1B}]0;pwned\u{07}\u{1B}[31mRED", "second\u{1B}[2J\u{1B}[Hline\r\nnext"] {
      #expect(try cli.run(["log", "cramp", "--at", "2026-11-21 23:00", "--note", note]).status == 0)
    }
    try tmux.startShell(
      "read go; \(tmux.commandLine(["list", "--format", "csv"])); "
        + "\(tmux.commandLine(["export", "--format", "csv"])); echo '[done]'; sleep 600",
      width: 200, environment: ["NO_COLOR": "1"])
    let title = try tmux.display("#{pane_title}")
    try tmux.send("Enter")
    let shown = try tmux.waitFor("[done]")
    #expect(shown.matched, "\(shown.screen)")
    #expect(try tmux.display("#{pane_title}") == title, "the window title is unchanged")
    #expect(TmuxSession.colorSequences(in: try tmux.screen(colors: true)).isEmpty)
    let rows = shown.screen.split(separator: "\n").map(String.init)
    #expect(
      rows.filter { $0.hasPrefix("id,uuid,kind") }.count == 2,
      "both headers, screen not cleared: \(shown.screen)")
    #expect(rows.contains { $0.contains(",firstRED") }, "\(shown.screen)")
    #expect(rows.contains { $0.contains(",\"secondline") } && rows.contains("next\""), "\(shown.screen)")
  }
}
