import Foundation
import Testing

/// No terminal size crashes the program: it starts at any size, says when the terminal is too
/// small (keys then wait: none may change what cannot be seen), and draws the whole frame once
/// the terminal is big enough.
@Suite("Terminal safety: sizes", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TerminalSafetySizeTests {
  struct Size: CustomTestStringConvertible, Sendable {
    var width: Int
    var height: Int
    var testDescription: String { "\(width)x\(height)" }
    /// Below 60x16 the program shows a notice instead of the frame.
    var isTooSmall: Bool { width < 60 || height < 16 }
  }

  @Test(arguments: [Size(width: 1, height: 1), Size(width: 20, height: 5), Size(width: 500, height: 200)])
  func startsAtAnySizeTakesKeysAndRecoversAtAUsableSize(_ size: Size) throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start(width: size.width, height: size.height)
    let pid = try #require(try tmux.programPID())
    #expect(TmuxSession.poll { (try? tmux.terminalModes().hasPrefix("alternate_on=1")) == true })
    if size.isTooSmall, size.height >= 3 {
      let notice = try tmux.waitFor("(now \(size.width)x\(size.height))")
      #expect(notice.matched, "\(notice.screen)")
      #expect(notice.screen.contains("Terminal too small"))
    } else if !size.isTooSmall {
      #expect(try tmux.waitFor { TmuxSession.isFullFrame($0, height: size.height) }.matched)
    }

    // Move, switch panes, open and close the help: at this size, then the result at 100x30
    // (below the minimum size the keys change nothing, so the calendar is still in front).
    for key in ["l", "2", "3", "?", "Escape"] { try tmux.send(key) }
    if !size.isTooSmall {
      let routines = try tmux.waitFor {
        $0.contains("[3 Routines]") && !$0.contains("┌─ Keys ─")
      }
      #expect(routines.matched && TmuxSession.isFullFrame(routines.screen, height: size.height))
    }
    try tmux.resize(width: 100, height: 30)
    let front = size.isTooSmall ? "[1 Calendar]" : "[3 Routines]"
    let frame = try tmux.waitFor {
      TmuxSession.isFullFrame($0, height: 30) && $0.contains(front) && !$0.contains("┌─ Keys ─")
    }
    #expect(frame.matched, "\(front) in front and the frame is whole: \(frame.screen)")
    #expect(ProcessTable.isAlive(pid), "the same process, still running")
    #expect(!frame.screen.contains("Terminal too small"))

    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
  }
}
