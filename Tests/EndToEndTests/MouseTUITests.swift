import Foundation
import Testing

/// The mouse, opt-in: with `mouse = true` the program asks tmux for SGR mouse reports, a click
/// (sent as the bytes a terminal sends) switches panes, and quitting gives the mouse back.
@Suite("Mouse in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct MouseTUITests {
  /// `ESC [ < 0 ; x ; y M`, a left click at 1-based cell (x, y).
  static func click(x: Int, y: Int) -> String { "\u{1B}[<0;\(x);\(y)M\u{1B}[<0;\(x);\(y)m" }

  @Test func clickSwitchesPanesAndQuitGivesTheMouseBack() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let folder = tmux.configHome.appendingPathComponent("quietlegs")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "mouse = true\n".write(
      to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    try tmux.start()
    let first = try tmux.waitFor("[1 Calendar]")
    #expect(first.matched)
    #expect(try tmux.display("#{mouse_sgr_flag}#{mouse_standard_flag}") == "11", "SGR clicks asked for")
    let header = first.screen.split(separator: "\n")[0]
    let column = header.distance(from: header.startIndex, to: header.range(of: "2 Causes")!.lowerBound)
    try tmux.sendLiteral(Self.click(x: column + 2, y: 1))
    #expect(try tmux.waitFor("[2 Causes]").matched)
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    #expect(try tmux.display("#{mouse_sgr_flag}#{mouse_standard_flag}") == "00", "the mouse given back")
  }

  @Test func offByDefault() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    #expect(try tmux.waitFor("[1 Calendar]").matched)
    #expect(try tmux.display("#{mouse_sgr_flag}#{mouse_standard_flag}") == "00")
  }
}
