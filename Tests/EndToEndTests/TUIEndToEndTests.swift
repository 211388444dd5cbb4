import Foundation
import Testing

/// The full-screen program, run for real inside a private tmux server.
@Suite("Full-screen program in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TUIEndToEndTests {
  @Test func numberKeysAndTabSwitchPanes() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    #expect(try tmux.waitFor("[1 Calendar]").matched)
    #expect(try tmux.waitFor("Night of Sat 21 Nov").matched)
    #expect(try tmux.screen().contains("Sun 22 Nov 2026"), "date from the injected clock")
    try tmux.send("2")
    #expect(try tmux.waitFor("For you").matched)
    #expect(try tmux.screen().contains("[2 Causes]"))
    try tmux.send("3")
    #expect(try tmux.waitFor("[3 Routines]").matched)
    try tmux.send("4")
    #expect(try tmux.waitFor("What goes with bad nights").matched)
    try tmux.send("Tab")
    #expect(try tmux.waitFor("[1 Calendar]").matched)
    try tmux.send("BTab")
    #expect(try tmux.waitFor("[4 Insights]").matched)
  }

  @Test func startsInTheRequestedPane() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start(["tui", "--pane", "routines"])
    #expect(try tmux.waitFor("Warm foot soak").matched)
  }

  @Test func helpOverlayOpensAndCloses() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("?")
    // Wait for the whole frame: tmux may show a frame's first bytes before its footer arrives.
    // The calendar's keys come first; the frame's own keys follow further down (scrolled to).
    let help = try tmux.waitFor { $0.contains("Previous night") && $0.contains("Esc/?/q close") }
    #expect(help.matched)
    #expect(help.screen.contains("Esc/?/q close"))
    try tmux.send("Escape")
    #expect(try tmux.waitFor { !$0.contains("Previous night") }.matched)
    #expect(try tmux.screen().contains("? help"))
  }

  @Test func shrinkingBelowTheMinimumShowsANoticeAndRecovers() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.resize(width: 40, height: 10)
    #expect(try tmux.waitFor("(now 40x10)").matched)
    #expect(try tmux.screen().contains("Terminal too small"))
    try tmux.resize(width: 1, height: 1)
    try tmux.resize(width: 120, height: 40)
    #expect(try tmux.waitFor("[1 Calendar]").matched)
    try tmux.send("2")
    #expect(try tmux.waitFor("[2 Causes]").matched, "still responsive after resizing")
  }

  @Test func quittingRestoresTheScreen() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("q")
    let after = try tmux.waitFor("[exited 0]")
    #expect(after.matched)
    #expect(after.screen.contains("before-quietlegs"), "the screen from before is back")
    #expect(!after.screen.contains("Night of"))
  }

  @Test func interruptRestoresTheScreenAndExitsWithTheSignal() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("C-c")
    let after = try tmux.waitFor("[exited 130]")
    #expect(after.matched, "\(after.screen)")
    #expect(!after.screen.contains("Night of"))
  }

  @Test func repaintKeyKeepsTheScreen() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("C-l")
    try tmux.send("3")
    #expect(try tmux.waitFor("[3 Routines]").matched)
  }

  @Test func unknownTerminalTypeIsAOneLineError() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start(environment: ["TERM": "no-such-terminal"])
    let result = try tmux.waitFor("[exited 1]")
    #expect(result.matched, "\(result.screen)")
    let lines = result.screen.split(separator: "\n").map(String.init)
    #expect(
      lines.contains("quietlegs: unknown terminal type 'no-such-terminal' (TERM); try TERM=xterm-256color"))
    #expect(lines.count == 3, "before, the error line, and the exit status: \(lines)")
  }
}
