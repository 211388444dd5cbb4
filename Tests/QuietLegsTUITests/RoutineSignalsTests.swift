import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The sound at each change (bell, none, a command; soft in the night theme) and the command at
/// a routine's end: its environment, its time limit, and that the screen never waits for it.
@Suite struct RoutineSignalsTests {
  typealias T = RoutineTestSupport

  func services(_ signals: RoutineSignals, bell: Bool = true) -> AppServices {
    var services = T.services(bell: bell)
    services.signals = signals
    return services
  }

  func temporaryFile() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("ql-signal-\(UUID().uuidString)")
  }

  @Test func theNightThemeRingsOnlyAtChangesNotForTheCountdown() {
    var pane = T.runningQuick(services(RoutineSignals(sound: .bell, soft: true)))
    #expect(pane.tick(at: T.at(2)) == [], "3")
    #expect(pane.tick(at: T.at(3)) == [], "2")
    #expect(pane.tick(at: T.at(4)) == [], "1")
    #expect(pane.tick(at: T.at(5)) == [.bell], "the rest begins")
  }

  @Test func soundNoneIsSilent() {
    var pane = T.runningQuick(services(RoutineSignals(sound: .none)))
    for second in 1...7 { #expect(pane.tick(at: T.at(Double(second))) == []) }
  }

  @Test(arguments: [false, true])
  func aSoundCommandPlaysAtEachChangeOnly(soft: Bool) throws {
    let file = temporaryFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let runner = BackgroundCommands()
    var pane = T.runningQuick(
      services(
        RoutineSignals(
          sound: .command(["sh", "-c", "echo \"$QUIETLEGS_SOUND\" >> '\(file.path)'"]), soft: soft,
          environment: ["PATH": "/usr/bin:/bin"], runner: runner)))
    for second in 1...8 { #expect(pane.tick(at: T.at(Double(second))) == [], "no bell with a command") }
    runner.waitUntilIdle(limit: .seconds(10))
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
    #expect(
      lines == [soft ? "soft" : "normal", soft ? "soft" : "normal"], "the rest at 5 s, the second hold at 7 s"
    )
  }

  @Test func theEndCommandFindsTheRoutineItsOutcomeAndTheStepsDone() throws {
    let file = temporaryFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let runner = BackgroundCommands()
    let words = [
      "sh", "-c",
      "echo \"$QUIETLEGS_ROUTINE $QUIETLEGS_COMPLETED $QUIETLEGS_STEPS_DONE $KEPT\" >> '\(file.path)'",
    ]
    let signals = RoutineSignals(
      onDone: words, environment: ["PATH": "/usr/bin:/bin", "KEPT": "kept"], runner: runner)
    // Stopped in the second step (it begins at 12 s): one step done in full.
    var pane = T.runningQuick(services(signals))
    _ = pane.tick(at: T.at(13))
    _ = pane.handle(.escape, at: T.at(13))
    let started = Date()
    _ = pane.handle(.character("y"), at: T.at(13.5))
    #expect(Date().timeIntervalSince(started) < 0.5, "the screen does not wait for the command")
    runner.waitUntilIdle(limit: .seconds(10))
    // Completed.
    var done = T.runningQuick(services(signals))
    _ = done.tick(at: T.at(16))
    #expect(done.screen != .list)
    runner.waitUntilIdle(limit: .seconds(10))
    #expect(try String(contentsOf: file, encoding: .utf8) == "quick false 1 kept\nquick true 2 kept\n")
  }

  @Test func aHangingEndCommandIsStoppedAndReportedOnTheStatusLine() throws {
    let runner = BackgroundCommands()
    var signals = RoutineSignals(
      onDone: ["sleep", "30"], environment: ["PATH": "/usr/bin:/bin"], runner: runner)
    signals.hookTimeLimit = .milliseconds(300)
    var pane = T.runningQuick(services(signals))
    _ = pane.handle(.escape, at: T.at(1))
    _ = pane.handle(.character("y"), at: T.at(1.5))
    #expect(pane.screen == .list)
    #expect(pane.nextDeadline == T.monotonic(2), "a look at the command half a second later")
    runner.waitUntilIdle(limit: .seconds(10))
    #expect(
      pane.tick(at: T.at(2)) == [
        .status(StatusMessage("on_routine_done failed (no end within 0.3 s; stopped)", kind: .warning))
      ])
    #expect(pane.nextDeadline == nil, "nothing left to look at")
  }

  @Test func aFailingEndCommandIsReportedThroughTheApp() {
    let runner = BackgroundCommands()
    let signals = RoutineSignals(onDone: ["false"], environment: ["PATH": "/usr/bin:/bin"], runner: runner)
    var pane = T.runningQuick(services(signals))
    _ = pane.handle(.escape, at: T.at(1))
    _ = pane.handle(.character("y"), at: T.at(1))
    runner.waitUntilIdle(limit: .seconds(10))
    #expect(
      pane.tick(at: T.at(1.5))
        == [.status(StatusMessage("on_routine_done failed (exit status 1)", kind: .warning))])
  }
}
