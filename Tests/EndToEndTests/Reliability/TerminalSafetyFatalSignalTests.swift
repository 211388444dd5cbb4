import Foundation
import Testing

/// A crash (SIGILL from a Swift trap, SIGSEGV, SIGABRT) or Ctrl-\ (SIGQUIT) still gives the
/// terminal back before the program dies; a stop with Ctrl-Z turns bracketed paste off for the
/// shell and pauses a running routine.
@Suite("Terminal safety: fatal signals", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TerminalSafetyFatalSignalTests {
  @Test(arguments: [SIGILL, SIGSEGV, SIGABRT, SIGQUIT])
  func aFatalSignalStillRestoresTheTerminal(_ number: Int32) throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.startShell(
      "trap '' QUIT; stty ixon; before=$(stty -g); echo before-quietlegs; \(tmux.commandLine([])); echo \"[exited $?]\"; "
        + "after=$(stty -g); [ \"$before\" = \"$after\" ] && echo '[stty same]'; "
        + "\(TmuxSession.terminalModesReport); sleep 600")
    #expect(try tmux.waitFor("[1 Calendar]").matched)
    let pid = try #require(try tmux.programPID())
    if number == SIGQUIT {
      try tmux.send("C-\\")  // Ctrl-\ from the keyboard
    } else {
      kill(pid, number)
    }
    let after = try tmux.waitFor("[tty")
    #expect(after.screen.contains("[exited \(128 + number)]"), "\(after.screen)")
    #expect(after.screen.contains("before-quietlegs"), "the shell's screen is back")
    #expect(after.screen.contains("[stty same]"), "the user's settings, XON/XOFF included: \(after.screen)")
    #expect(after.screen.contains("[tty isig icanon echo]"), "\(after.screen)")
    #expect(try tmux.terminalModes() == TmuxSession.restoredModes)
  }

  @Test("at the shell after Ctrl-Z a paste is plain text again; fg marks pastes again")
  func aStopTurnsBracketedPasteOff() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.startInteractiveShell()
    #expect(try tmux.waitFor("ready>").matched)
    try tmux.type(tmux.commandLine(["tui", "--pane", "causes"]))
    #expect(try tmux.waitFor("For you").matched)
    try tmux.send("C-z")
    #expect(try tmux.waitFor("Stopped").matched)
    try tmux.paste("echo pasted-at-the-shell")
    try tmux.send("Enter")
    let shell = try tmux.waitFor { $0.components(separatedBy: "\n").contains("pasted-at-the-shell") }
    #expect(shell.matched, "\(shell.screen)")
    #expect(!shell.screen.contains("[200~"), "\(shell.screen)")
    try tmux.type("fg")
    #expect(try tmux.waitFor("For you").matched)
    try tmux.send("/")
    try tmux.paste("iron\nq")
    let filtered = try tmux.waitFor("Filter: iron q")
    #expect(filtered.matched, "the paste went into the filter, whole: \(filtered.screen)")
    try tmux.send("Escape")
    try tmux.waitFor { !$0.contains("Filter:") }
    try tmux.send("q")
    #expect(try tmux.waitFor { !$0.contains("For you") && $0.contains("ready>") }.matched)
    try tmux.type("echo \"[fg exited $?]\"")
    #expect(try tmux.waitFor("[fg exited 0]").matched)
  }

  @Test("a routine running when Ctrl-Z stops the program is paused, and says so after fg")
  func aStopPausesARunningRoutine() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let screen = TerminalSafetySignalTests.ProgramScreen.routineRunning
    try screen.prepare(tmux)
    try tmux.startInteractiveShell()
    #expect(try tmux.waitFor("ready>").matched)
    try tmux.type(tmux.commandLine(screen.arguments))
    #expect(try screen.open(tmux).matched)
    try tmux.send("C-z")
    #expect(try tmux.waitFor("Stopped").matched)
    try tmux.type("fg")
    let back = try tmux.waitFor("paused while QuietLegs was stopped (Ctrl-Z)")
    #expect(back.matched, "\(back.screen)")
    #expect(back.screen.contains("Paused. Space carries on."), "\(back.screen)")
    try screen.quit(tmux)
    #expect(try tmux.waitFor { !$0.contains(screen.marker) && $0.contains("ready>") }.matched)
  }
}
