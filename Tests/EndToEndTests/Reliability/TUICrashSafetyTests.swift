import Foundation
import Glibc
import QuietLegsCore
import Testing

/// A save the full-screen program reported ("Saved …" in the status line) survives a SIGKILL at
/// any moment. Each round starts the calendar afresh in the same tmux pane with its own "now",
/// so every save is a distinct episode whose start time names its round.
@Suite(
  "Crash safety: SIGKILL while the full-screen program saves",
  .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TUICrashSafetyTests {
  /// Always in full (about 10 s): with fewer rounds, every kill can land after its save showed,
  /// and the check that some kill came first fails by chance.
  static let rounds = 120

  /// "Now" in a round: 18:00 on Sat 21 Nov plus one minute per round (all the night of the 21st).
  static func clock(_ round: Int) -> String { String(format: "%02d:%02d", 18 + round / 60, round % 60) }
  static func now(_ round: Int) -> String { "2026-11-21T\(clock(round)):00+01:00" }
  static let firstStart = 1_795_280_400  // 2026-11-21T18:00:00+01:00 in seconds since 1970

  @Test("kills 0-40 ms after `n` Enter: the journal stays intact and keeps every save shown")
  func killWhileQuickLogging() throws {
    #expect(ISO8601DateFormatter().date(from: Self.now(0))?.timeIntervalSince1970 == Double(Self.firstStart))
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    // The journal exists before the first kill (creating it is not what this test is about).
    #expect(try q.run(["log", "twitch", "--at", "2026-11-01 22:00"]).status == 0)
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let program = "exec " + tmux.commandLine([], dataDirectory: q.dataFolder)

    var shown: [Int] = []
    var rng = SystemRandomNumberGenerator()
    let started = Date()
    for round in 0..<Self.rounds {
      let environment = ["QUIETLEGS_NOW": Self.now(round)]
      if round == 0 {
        try tmux.startShell(program, environment: environment)
        try tmux.keepPaneAfterExit()
      } else {
        try tmux.respawnShell(program, environment: environment)  // a blank screen, a new terminal
      }
      let ready = try tmux.waitFor(timeout: 20, interval: 0.003) {
        $0.contains("[1 Calendar]") && $0.contains("n log now")
      }
      try #require(ready.matched, "round \(round): the calendar did not come up: \(ready.screen)")
      let pid = try #require(try tmux.panePID())
      try #require(ProcessTable.name(of: pid) == "quietlegs")

      try tmux.send("n", "Enter")
      usleep(UInt32.random(in: 0...40_000, using: &rng))
      kill(pid, SIGKILL)

      // Once the pane is dead, tmux has read all the program wrote and nothing else draws: the
      // screen is exactly what was on it when the kill landed.
      let ended = try TmuxSession.poll(timeout: 10, interval: 0.002) { try tmux.paneHasExited() }
      try #require(ended, "round \(round): the program outlived SIGKILL")
      let screen = try tmux.screen()
      if screen.contains("Saved ") && screen.contains(" at \(Self.clock(round)) on the night of Sat 21 Nov.")
      {
        shown.append(round)
      }
    }
    let seconds = Date().timeIntervalSince(started)
    tmux.close()

    let journal = try Journal(file: q.journalFile)
    #expect(try journal.integrityCheck() == "ok")
    let starts = Set(try journal.allEpisodes().map { Int($0.start.timeIntervalSince1970) })
    for round in shown {
      #expect(starts.contains(Self.firstStart + 60 * round), "round \(round) showed Saved but is missing")
    }
    let saved = (0..<Self.rounds).filter { starts.contains(Self.firstStart + 60 * $0) }
    // One episode from `log`, at most one per `n` Enter, and nothing else.
    #expect(try journal.episodeCount() == 1 + saved.count)
    #expect(saved.count >= shown.count)
    // Both outcomes happened, or the kills proved nothing: saves shown, and saves cut short.
    #expect(!shown.isEmpty)
    #expect(shown.count < Self.rounds, "every kill came after the save was on screen")
    print(
      "TUI crash safety: \(Self.rounds) kills in \(String(format: "%.1f", seconds)) s; "
        + "\(shown.count) saves shown, \(saved.count) in the journal")
  }
}
