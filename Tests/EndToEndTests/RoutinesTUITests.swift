import Foundation
import Testing

/// Guided routines in the real full-screen program, inside a private tmux server.
@Suite("Routines in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct RoutinesTUITests {
  /// Writes a user routine `<id>.toml` into the session's config folder.
  private func writeRoutine(_ id: String, _ text: String, in tmux: TmuxSession) throws {
    let folder = tmux.configHome.appendingPathComponent("quietlegs/routines")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: folder.appendingPathComponent("\(id).toml"), atomically: true, encoding: .utf8)
  }

  /// The `routineSessions` of `quietlegs export` over the session's journal.
  private func exportedSessions(_ tmux: TmuxSession) throws -> [[String: Any]] {
    let process = try QuietLegsProcess()
    defer { process.cleanUp() }
    let result = try process.run(["export", "--data-dir", tmux.dataDirectory.path])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return json?["routineSessions"] as? [[String: Any]] ?? []
  }

  @Test func aShortRoutineCountsDownFinishesAndIsSaved() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try writeRoutine(
      "quick",
      """
      name = "Quick check"

      [[steps]]
      title = "First hold"
      cue = "Stand tall."
      seconds = 2

      [[steps]]
      title = "Second hold"
      cue = "Breathe out."
      seconds = 2
      """, in: tmux)
    try tmux.start(["routine", "quick", "--quiet"], width: 80, height: 24)
    let running = try tmux.waitFor("Quick check · step 1 of 2")
    #expect(running.matched, "\(running.screen)")
    #expect(running.screen.contains("First hold"))
    #expect(running.screen.contains("██"), "large countdown digits")
    #expect(try tmux.waitFor("step 2 of 2").matched)
    let done = try tmux.waitFor("Rest well.", timeout: 10)
    #expect(done.matched, "\(done.screen)")
    #expect(done.screen.contains("Done"))
    try tmux.send("Enter")
    #expect(
      try tmux.waitFor { !$0.contains("Rest well.") && $0.contains("Quick check") }.matched,
      "back at the list")
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched, "not busy any more: q quits at once")
    let sessions = try exportedSessions(tmux)
    #expect(sessions.count == 1)
    #expect(sessions.first?["routineId"] as? String == "quick")
    #expect(sessions.first?["completed"] as? Bool == true)
  }

  @Test func pauseQuitQuestionAndStopAreSaved() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try writeRoutine(
      "slow",
      """
      name = "Slow check"

      [[steps]]
      title = "Long hold"
      seconds = 120
      """, in: tmux)
    try tmux.start(["routine", "slow", "--quiet"], width: 80, height: 24)
    #expect(try tmux.waitFor("Slow check · step 1 of 1").matched)
    try tmux.send("Space")
    #expect(try tmux.waitFor("Paused. Space carries on.").matched)
    try tmux.send("q")
    #expect(try tmux.waitFor("Quit anyway?").matched, "a running routine makes q ask")
    try tmux.send("n")
    try tmux.send("Escape")
    #expect(try tmux.waitFor("Stop here?").matched)
    try tmux.send("y")
    #expect(try tmux.waitFor("stopped at step 1 of 1").matched)
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    let sessions = try exportedSessions(tmux)
    #expect(sessions.first?["completed"] as? Bool == false)
    #expect(sessions.first?["stoppedAtStep"] as? Int == 0)
  }
}
