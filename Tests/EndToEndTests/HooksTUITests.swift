import Foundation
import Testing

/// The end-of-routine command and a kept reminder in the real full-screen program, in tmux.
@Suite("Hooks and reminders in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct HooksTUITests {
  static let quick = """
    name = "Quick check"

    [[steps]]
    title = "First hold"
    seconds = 1

    [[steps]]
    title = "Second hold"
    seconds = 1
    """

  private func setUp(_ tmux: TmuxSession, config: String = "") throws {
    let folder = tmux.configHome.appendingPathComponent("quietlegs/routines")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Self.quick.write(to: folder.appendingPathComponent("quick.toml"), atomically: true, encoding: .utf8)
    try config.write(
      to: tmux.configHome.appendingPathComponent("quietlegs/config.toml"), atomically: true, encoding: .utf8)
  }

  @Test func onDoneGetsItsEnvironmentAndItsOutputNeverReachesTheScreen() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try setUp(tmux)
    let file = tmux.home.appendingPathComponent("hook.env")
    let command =
      "sh -c 'echo HOOK-STDOUT; echo HOOK-STDERR >&2; echo HOOK-TTY > /dev/tty; env > \"\(file.path)\"'"
    try tmux.start(["routine", "quick", "--quiet", "--on-done", command], width: 80, height: 24)
    let done = try tmux.waitFor("Rest well.", timeout: 10)
    #expect(done.matched, "\(done.screen)")
    let written = TmuxSession.poll(timeout: 5) { FileManager.default.fileExists(atPath: file.path) }
    #expect(written)
    let environment = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
    #expect(environment.contains("QUIETLEGS_ROUTINE=quick"))
    #expect(environment.contains("QUIETLEGS_COMPLETED=true"))
    #expect(environment.contains("QUIETLEGS_STEPS_DONE=2"))
    let screen = try tmux.screen()
    #expect(!screen.contains("HOOK-"), "\(screen)")
    try tmux.send("Enter")
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    #expect(!(try tmux.screen()).contains("HOOK-"))
  }

  @Test func aFailingOnRoutineDoneIsReportedOnTheStatusLine() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try setUp(tmux, config: "on_routine_done = \"sh -c 'exit 7'\"\n")
    try tmux.start(["routine", "quick", "--quiet"], width: 80, height: 24)
    let reported = try tmux.waitFor("on_routine_done failed (exit status 7)", timeout: 10)
    #expect(reported.matched, "\(reported.screen)")
    #expect(reported.screen.contains("Rest well."), "the done screen is still there")
  }

  @Test func aReminderKeptWhileClosedIsShownAndItsKeysStartTheRoutine() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try setUp(tmux)
    var notify = try QuietLegsProcess()
    defer { notify.cleanUp() }
    notify.environment["XDG_CONFIG_HOME"] = tmux.configHome.path
    notify.environment["XDG_RUNTIME_DIR"] = notify.home.path
    let kept = try notify.run(["notify", "--routine", "quick", "--data-dir", tmux.dataDirectory.path])
    #expect(kept.status == 0 && kept.stdout.contains("reminder kept for the full screen"), "\(kept.stdout)")
    try tmux.start([], width: 80, height: 24)
    let shown = try tmux.waitFor("09:30 reminder (while closed): 3, then Enter starts Quick check.")
    #expect(shown.matched, "\(shown.screen)")
    #expect(
      !FileManager.default.fileExists(atPath: tmux.dataDirectory.appendingPathComponent("reminder-due").path))
    try tmux.send("3")
    try tmux.send("Enter")
    #expect(try tmux.waitFor("Quick check · step").matched)
  }
}
