import Foundation
import QuietLegsCore
import Testing

/// How a reminder reaches the person, the kept reminder, command words, and commands run with a time limit.
@Suite struct NotifyAndHookTests {
  @Test func aDesktopNeedsABusAndNotifySend() {
    let found: (String) -> String? = { "/usr/bin/\($0)" }
    #expect(
      NotificationRoute.decide(
        environment: ["DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"], userID: 1000, exists: { _ in false },
        findProgram: found) == .desktop(program: "/usr/bin/notify-send", busAddress: "unix:path=/x"))
    #expect(
      NotificationRoute.decide(
        environment: [:], userID: 1000, exists: { $0 == "/run/user/1000/bus" }, findProgram: found)
        == .desktop(program: "/usr/bin/notify-send", busAddress: "unix:path=/run/user/1000/bus"))
    guard
      case .recordOnly(let noBus) = NotificationRoute.decide(
        environment: ["XDG_RUNTIME_DIR": "/r"], userID: 1000, exists: { _ in false }, findProgram: found)
    else {
      Issue.record("a bus was found where there is none")
      return
    }
    #expect(noBus.contains("/r/bus does not exist"))
    guard
      case .recordOnly(let noProgram) = NotificationRoute.decide(
        environment: ["DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"], userID: 1000, exists: { _ in true },
        findProgram: { _ in nil })
    else {
      Issue.record("notify-send was found where there is none")
      return
    }
    #expect(noProgram.contains("notify-send is not installed"))
  }

  @Test func aKeptReminderIsShownOnceWhileFresh() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ql-pending-\(UUID().uuidString)/data")
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let at = Date(timeIntervalSince1970: 1_795_000_000)
    try PendingReminder(at: at, routineId: "bedtime-ritual").save(in: folder)
    let mode = try FileManager.default.attributesOfItem(atPath: PendingReminder.file(in: folder).path)[
      .posixPermissions]
    #expect(mode as? Int == 0o600)
    #expect(
      PendingReminder.take(from: folder, now: at + 3600)
        == PendingReminder(at: at, routineId: "bedtime-ritual"))
    #expect(PendingReminder.take(from: folder, now: at + 3600) == nil, "taken once")
    try PendingReminder(at: at, routineId: nil).save(in: folder)
    #expect(PendingReminder.take(from: folder, now: at + 13 * 3600) == nil, "too old to be worth showing")
    #expect(!FileManager.default.fileExists(atPath: PendingReminder.file(in: folder).path))
  }

  @Test func commandWordsFollowTheDocumentedRules() throws {
    #expect(
      try CommandWords.split("paplay /usr/share/sounds/a.oga", field: "f") == [
        "paplay", "/usr/share/sounds/a.oga",
      ])
    #expect(
      try CommandWords.split("  notify-send  'Done!  now' \"say \\\"hi\\\" \\n\"", field: "f") == [
        "notify-send", "Done!  now", "say \"hi\" \\n",
      ])
    #expect(
      try CommandWords.split("a\\ b $HOME ~ *.txt | x", field: "f") == [
        "a b", "$HOME", "~", "*.txt", "|", "x",
      ])
    #expect(
      try CommandWords.split("sh -c 'echo $QUIETLEGS_ROUTINE >> log'", field: "f") == [
        "sh", "-c", "echo $QUIETLEGS_ROUTINE >> log",
      ])
    #expect(try CommandWords.split("x ''", field: "f") == ["x", ""])
    #expect(throws: FieldError(field: "on_routine_done", message: "a ' quote is not closed in 'say 'hi'")) {
      try CommandWords.split("say 'hi", field: "on_routine_done")
    }
    #expect(throws: FieldError.self) { try CommandWords.split("  ", field: "f") }
    #expect(throws: FieldError.self) { try CommandWords.split("a\\", field: "f") }
  }

  @Test func theEndCommandsVariables() {
    #expect(
      RoutineEndHook.variables(routineId: "calf-stretches", outcome: .stopped(atStep: 1), stepsDone: 1) == [
        "QUIETLEGS_ROUTINE": "calf-stretches", "QUIETLEGS_COMPLETED": "false", "QUIETLEGS_STEPS_DONE": "1",
      ])
    #expect(
      RoutineEndHook.variables(routineId: "x", outcome: .skippedThrough(stepsDone: 2), stepsDone: 2)[
        "QUIETLEGS_COMPLETED"] == "false", "skipped steps: not a done routine")
    #expect(
      RoutineEndHook.variables(routineId: "x", outcome: .completed, stepsDone: 3)["QUIETLEGS_COMPLETED"]
        == "true")
  }

  @Test func aCommandGetsItsEnvironmentAndNoShell() {
    let result = ChildProcess.run(
      ["sh", "-c", "echo \"$QUIETLEGS_ROUTINE|$QUIETLEGS_COMPLETED|$QUIETLEGS_STEPS_DONE\"; cat; exit 3"],
      environment: [
        "PATH": "/usr/bin:/bin", "QUIETLEGS_ROUTINE": "foot-soak", "QUIETLEGS_COMPLETED": "true",
        "QUIETLEGS_STEPS_DONE": "2",
      ], input: Data("fed\n".utf8), timeLimit: .seconds(10))
    #expect(result.ending == .exited(3))
    #expect(result.output == "foot-soak|true|2\nfed\n")
    let literal = ChildProcess.run(
      ["echo", "$HOME", "*"], environment: ["PATH": "/usr/bin:/bin", "HOME": "/h"], timeLimit: .seconds(10))
    #expect(literal.output == "$HOME *\n", "words reach the program as they are")
    let missing = ChildProcess.run(
      ["no-such-program-ql"], environment: ["PATH": "/usr/bin:/bin"], timeLimit: .seconds(10))
    #expect(missing.ending == .couldNotStart("'no-such-program-ql' was not found on PATH"))
  }

  @Test func aHangingCommandIsStoppedAtItsTimeLimitWithItsChildren() throws {
    let marker = FileManager.default.temporaryDirectory.appendingPathComponent("ql-hang-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: marker) }
    let start = Date()
    let result = ChildProcess.run(
      ["sh", "-c", "sleep 30 & echo $! > \(marker.path); wait"], environment: ["PATH": "/usr/bin:/bin"],
      timeLimit: .milliseconds(600), captureOutput: false)
    let took = Date().timeIntervalSince(start)
    #expect(result.ending == .timedOut)
    #expect(took >= 0.6 && took < 5, "took \(took) s")
    #expect(result.describe(timeLimit: .seconds(30)) == "no end within 30 s; stopped")
    let child = try String(contentsOf: marker, encoding: .utf8).trimmingCharacters(
      in: .whitespacesAndNewlines)
    usleep(100_000)
    // Gone, or a zombie waiting for whoever adopted it: either way no longer running.
    let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?
      .split(separator: ")").last?.split(separator: " ").first
    #expect(
      state == nil || state == "Z",
      "the grandchild sleep was stopped too (state \(String(describing: state)))")
  }

  @Test func backgroundCommandsNeverMakeTheCallerWait() {
    let commands = BackgroundCommands()
    let start = Date()
    commands.start(
      ["sleep", "5"], environment: ["PATH": "/usr/bin:/bin"], timeLimit: .milliseconds(300),
      label: "on_routine_done")
    commands.start(
      ["false"], environment: ["PATH": "/usr/bin:/bin"], timeLimit: .seconds(5), label: "sound_command")
    #expect(Date().timeIntervalSince(start) < 0.2)
    #expect(commands.isRunning)
    commands.waitUntilIdle(limit: .seconds(5))
    let messages = commands.takeProblems().map(\.message).sorted()
    #expect(
      messages == [
        "on_routine_done failed (no end within 0.3 s; stopped)", "sound_command failed (exit status 1)",
      ])
    #expect(commands.takeProblems().isEmpty)
  }
}
