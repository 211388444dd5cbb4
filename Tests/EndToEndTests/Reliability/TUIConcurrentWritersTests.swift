import Foundation
import QuietLegsCore
import Testing

/// Two full-screen programs (each in its own tmux server) and a `log` loop write to one journal
/// at the same time: every save is reported as saved, no screen ever shows a lock or an error,
/// and nothing is lost.
@Suite(
  "Several writers at once: two full-screen programs and `log`",
  .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TUIConcurrentWritersTests {
  static let savesPerTerminal = 15
  static let logRuns = 30

  /// Words that must never show on a screen here: a lock, a busy journal, a failed save or read.
  static func trouble(in screen: String) -> String? {
    let lowered = screen.lowercased()
    return ["locked", "busy", "not saved", "could not", "error", "failed"].first { lowered.contains($0) }
  }

  @Test("two calendars quick-log 15 times each while `log` runs 30 times: no 'locked', nothing lost")
  func twoCalendarsAndALogLoop() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let terminals = [try TmuxSession(), try TmuxSession()]
    defer { terminals.forEach { $0.close() } }
    // One after the other: the first creates the journal.
    for tmux in terminals {
      try tmux.startShell("exec " + tmux.commandLine([], dataDirectory: q.dataFolder))
      let ready = try tmux.waitFor("Night of Sat 21 Nov · tonight", timeout: 20)
      try #require(ready.matched, "\(ready.screen)")
    }

    let problems = ProblemList()
    let started = Date()
    let drivers = Drivers(terminals)
    DispatchQueue.concurrentPerform(iterations: terminals.count + 1) { worker in
      if worker < drivers.terminals.count {
        quickLog(on: drivers.terminals[worker], name: "terminal \(worker + 1)", problems: problems)
      } else {
        for run in 0..<Self.logRuns {
          let at = String(format: "2026-11-19 20:%02d", run)
          do {
            let result = try q.run(["log", "rls", "--at", at])
            if result.status != 0 || !result.stdout.contains("Saved episode") || !result.stderr.isEmpty {
              problems.add("log \(run): exit \(result.status): \(result.stdout) \(result.stderr)")
            }
          } catch {
            problems.add("log \(run) did not run: \(error)")
          }
        }
      }
    }
    let seconds = Date().timeIntervalSince(started)
    terminals.forEach { $0.close() }

    #expect(problems.all.isEmpty, "\(problems.all.joined(separator: "\n"))")
    let journal = try Journal(file: q.journalFile)
    #expect(try journal.integrityCheck() == "ok")
    let episodes = try journal.allEpisodes()
    #expect(episodes.count == Self.savesPerTerminal * terminals.count + Self.logRuns)
    // The quick logs are "now" (09:30 on Sun 22 Nov, the night of the 21st); `log` wrote the 19th.
    let quickLogged = episodes.filter { $0.night.description == "2026-11-21" }
    #expect(quickLogged.count == Self.savesPerTerminal * terminals.count)
    let logged = episodes.filter { $0.night.description == "2026-11-19" }
    #expect(Set(logged.map(\.start)).count == Self.logRuns)
    print(
      "TUI writers: \(Self.savesPerTerminal) x \(terminals.count) quick logs and \(Self.logRuns) `log` "
        + "in \(String(format: "%.1f", seconds)) s")
  }

  /// Quick-logs `savesPerTerminal` times (`n`, then `Enter` once the form is open, then waits for
  /// "Saved"), checking every screen read on the way.
  private func quickLog(on tmux: TmuxSession, name: String, problems: ProblemList) {
    var troubleSeen = false
    func inspect(_ screen: String) {
      if !troubleSeen, let word = Self.trouble(in: screen) {
        troubleSeen = true
        problems.add("\(name) showed \"\(word)\":\n\(screen)")
      }
    }
    do {
      for save in 0..<Self.savesPerTerminal {
        try tmux.send("n")
        let form = try tmux.waitFor(timeout: 20) {
          inspect($0)
          return $0.contains("Log an episode now")
        }
        guard form.matched else { return problems.add("\(name), save \(save): no form:\n\(form.screen)") }
        try tmux.send("Enter")
        // Longer than the 15 s busy timeout, so a save stuck behind a lock would show its message.
        let saved = try tmux.waitFor(timeout: 30) {
          inspect($0)
          return $0.contains("Saved ") && $0.contains(" at 09:30 on the night of Sat 21 Nov.")
            && !$0.contains("Log an episode now") || Self.trouble(in: $0) != nil
        }
        guard saved.matched, Self.trouble(in: saved.screen) == nil else {
          return problems.add("\(name), save \(save): not saved:\n\(saved.screen)")
        }
      }
      let last = try tmux.screen()
      inspect(last)
    } catch {
      problems.add("\(name): \(error)")
    }
  }
}

/// Problems found on several threads at once.
private final class ProblemList: @unchecked Sendable {
  private let lock = NSLock()
  private var problems: [String] = []
  func add(_ problem: String) { lock.withLock { problems.append(problem) } }
  var all: [String] { lock.withLock { problems } }
}

/// The sessions, each driven by exactly one of the threads.
private final class Drivers: @unchecked Sendable {
  let terminals: [TmuxSession]
  init(_ terminals: [TmuxSession]) { self.terminals = terminals }
}
