import Foundation
import Testing

/// A bare `quietlegs` (no arguments) opens the screen without the argument parser, and the
/// screen copies only changed cells to curses: both are start-up and key-press savings that must
/// not change what a person sees.
@Suite("Bare start and changed-cell drawing", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct BareStartTests {
  private func bare(_ tmux: TmuxSession, environment: [String: String] = [:]) throws {
    let words = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(
      separator: " ")
    try tmux.startShell("\(words) '\(QuietLegsProcess.binary.path)'; echo \"[exited $?]\"; sleep 600")
  }

  private func writeSettings(_ text: String, for tmux: TmuxSession) throws {
    let folder = tmux.configHome.appendingPathComponent("quietlegs")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
  }

  @Test("a bare start finds the journal, settings and theme the way `tui` does")
  func bareStartUsesTheEnvironment() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let journal = try QuietLegsProcess()
    defer { journal.cleanUp() }
    try writeSettings("night_boundary_hour = 12\nbell = false\ntheme = \"mono\"\n", for: tmux)
    let logged = try journal.run(["log", "cramp", "--at", "2026-11-22 02:10", "--severity", "6"])
    #expect(logged.status == 0, "\(logged.stderr)")
    try bare(tmux, environment: ["QUIETLEGS_DATA_DIR": journal.dataFolder.path])
    let shown = try tmux.waitFor("[1 Calendar]")
    #expect(shown.matched, "\(shown.screen)")
    #expect(
      try tmux.waitFor("02:10  Cramp · severity 6").matched,
      "the episode logged into QUIETLEGS_DATA_DIR is shown")
    #expect(
      TmuxSession.colorSequences(in: try tmux.screen(colors: true)).isEmpty,
      "the mono theme named in config.toml is used")
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
  }

  @Test("a bare start with a broken setting says so on the status line and still opens")
  func bareStartReportsSettings() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try writeSettings("bell = \"loud\"\n", for: tmux)
    try bare(tmux, environment: ["QUIETLEGS_DATA_DIR": tmux.dataDirectory.path])
    let shown = try tmux.waitFor("Settings not read")
    #expect(shown.matched, "\(shown.screen)")
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
  }

  @Test("a night boundary that cannot be read stops the full screen before anything is saved")
  func unreadableBoundaryRefusesToStart() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try writeSettings("night_boundary_hour = \"noon\"\n", for: tmux)
    try bare(tmux, environment: ["QUIETLEGS_DATA_DIR": tmux.dataDirectory.path])
    let shown = try tmux.waitFor("[exited 1]")
    #expect(shown.matched, "\(shown.screen)")
    let joined = shown.screen.replacingOccurrences(of: "\n", with: "")
    #expect(joined.contains("night_boundary_hour must be a whole hour"), "\(shown.screen)")
  }

  @Test("after moving through every pane and back, the screen is the same as a fresh one")
  func screenHasNoStaleCells() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    let first = try tmux.waitFor { $0.contains("[1 Calendar]") && $0.contains("quit") }
    #expect(first.matched)
    for key in ["l", "2", "3", "4", "?", "Escape", "1", "h"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.15)
    }
    let back = try tmux.waitFor(timeout: 3) { $0 == first.screen }
    #expect(back.matched, "screen after the round trip:\n\(back.screen)\nfresh:\n\(first.screen)")
    try tmux.resize(width: 80, height: 24)
    try tmux.resize(width: 100, height: 30)
    let resized = try tmux.waitFor(timeout: 3) { $0 == first.screen }
    #expect(resized.matched, "screen after a resize and back:\n\(resized.screen)")
  }
}
