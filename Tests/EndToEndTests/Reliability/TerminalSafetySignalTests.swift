import Foundation
import Glibc
import Testing

/// Whatever screen the program is on, a signal that ends it leaves the terminal as it found it,
/// and a stop (SIGTSTP) hands the terminal back to the shell until `fg` repaints the same screen.
@Suite("Terminal safety: signals", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TerminalSafetySignalTests {
  /// A signal that ends the program, and the status it then exits with (128 + the number).
  enum EndingSignal: CaseIterable, CustomTestStringConvertible {
    case interrupt, terminate, hangUp

    var number: Int32 {
      switch self {
      case .interrupt: SIGINT
      case .terminate: SIGTERM
      case .hangUp: SIGHUP
      }
    }

    var testDescription: String {
      switch self {
      case .interrupt: "SIGINT"
      case .terminate: "SIGTERM"
      case .hangUp: "SIGHUP"
      }
    }
  }

  /// A screen to be on when the signal comes: each has its own overlay, field or timer.
  enum ProgramScreen: CaseIterable, CustomTestStringConvertible {
    case calendar, causesFilter, routineRunning, helpOverlay

    var testDescription: String {
      switch self {
      case .calendar: "calendar"
      case .causesFilter: "causes with the filter open"
      case .routineRunning: "a routine running"
      case .helpOverlay: "the help overlay"
      }
    }

    var arguments: [String] {
      switch self {
      case .calendar, .helpOverlay: []
      case .causesFilter: ["tui", "--pane", "causes"]
      case .routineRunning: ["routine", "quick", "--quiet"]
      }
    }

    /// Text that shows only while on this screen.
    var marker: String {
      switch self {
      case .calendar: "[1 Calendar]"
      case .causesFilter: "Filter: caff"
      case .routineRunning: "Quick check · step 1 of 2"
      case .helpOverlay: "┌─ Keys ─"
      }
    }

    /// Writes what the screen needs (a short user routine) before the program starts.
    func prepare(_ tmux: TmuxSession) throws {
      guard self == .routineRunning else { return }
      let folder = tmux.configHome.appendingPathComponent("quietlegs/routines")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let routine = """
        name = "Quick check"

        [[steps]]
        title = "First hold"
        seconds = 600

        [[steps]]
        title = "Second hold"
        seconds = 600
        """
      try routine.write(to: folder.appendingPathComponent("quick.toml"), atomically: true, encoding: .utf8)
    }

    /// Once the program is up, goes to this screen; returns whether it is showing, and the screen.
    func open(_ tmux: TmuxSession) throws -> (matched: Bool, screen: String) {
      switch self {
      case .calendar, .routineRunning: break
      case .causesFilter:
        let list = try tmux.waitFor("For you")
        guard list.matched else { return list }
        try tmux.send("/")
        try tmux.send("-l", "caff")
      case .helpOverlay:
        let calendar = try tmux.waitFor("[1 Calendar]")
        guard calendar.matched else { return calendar }
        try tmux.send("?")
      }
      return try tmux.waitFor(marker)
    }

    /// Leaves the screen and quits with `q` (closing the field or overlay, confirming for a routine).
    func quit(_ tmux: TmuxSession) throws {
      switch self {
      case .calendar: break
      case .causesFilter:
        try tmux.send("Escape")
        try tmux.waitFor { !$0.contains(marker) }
      case .helpOverlay:
        try tmux.send("q")
        try tmux.waitFor { !$0.contains(marker) }
      case .routineRunning:
        try tmux.send("q")
        try tmux.waitFor("Quit anyway?")
        try tmux.send("y")
        return
      }
      try tmux.send("q")
    }
  }

  @Test(arguments: EndingSignal.allCases, ProgramScreen.allCases)
  func anEndingSignalRestoresTheTerminal(_ signal: EndingSignal, on screen: ProgramScreen) throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try screen.prepare(tmux)
    try tmux.startShell(
      "echo before-quietlegs; \(tmux.commandLine(screen.arguments)); echo \"[exited $?]\"; "
        + "\(TmuxSession.terminalModesReport); sleep 600")
    let opened = try screen.open(tmux)
    #expect(opened.matched, "\(opened.screen)")
    let pid = try #require(try tmux.programPID())
    #expect(try tmux.terminalModes().hasPrefix("alternate_on=1"))

    kill(pid, signal.number)
    let after = try tmux.waitFor("[tty")
    #expect(after.screen.contains("[exited \(128 + signal.number)]"), "\(after.screen)")
    #expect(after.screen.contains("before-quietlegs"), "the shell's screen is back")
    #expect(!after.screen.contains(screen.marker))
    #expect(after.screen.contains("[tty isig icanon echo]"), "line discipline restored: \(after.screen)")
    #expect(try tmux.terminalModes() == TmuxSession.restoredModes)
  }

  /// The checks above can tell: SIGKILL, which no program can handle, leaves full-screen mode on.
  @Test func theChecksNoticeATerminalLeftInFullScreenMode() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.startShell(
      "\(tmux.commandLine([])); echo \"[exited $?]\"; \(TmuxSession.terminalModesReport); sleep 600")
    #expect(try tmux.waitFor("[1 Calendar]").matched)
    kill(try #require(try tmux.programPID()), SIGKILL)
    let after = try tmux.waitFor("[tty")
    #expect(after.screen.contains("[exited 137]"), "\(after.screen)")
    #expect(after.screen.contains("[tty isig -icanon -echo]"), "\(after.screen)")
    #expect(try tmux.terminalModes() != TmuxSession.restoredModes)
  }

  @Test(arguments: ProgramScreen.allCases)
  func aStopHandsTheTerminalBackAndFgRepaintsTheSameScreen(on screen: ProgramScreen) throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try screen.prepare(tmux)
    // A shell with job control, as a person would have: it takes the terminal back on a stop.
    try tmux.startInteractiveShell()
    #expect(try tmux.waitFor("ready>").matched)
    try tmux.type(tmux.commandLine(screen.arguments))
    let opened = try screen.open(tmux)
    #expect(opened.matched, "\(opened.screen)")
    let pid = try #require(try tmux.programPID())

    kill(pid, SIGTSTP)
    let stopped = try tmux.waitFor { $0.contains("Stopped") }
    #expect(stopped.matched, "the shell reports the stop: \(stopped.screen)")
    #expect(ProcessTable.state(of: pid) == "T", "the process is stopped")
    #expect(!stopped.screen.contains(screen.marker))
    #expect(try tmux.terminalModes() == TmuxSession.restoredModes)

    try tmux.type("fg")
    let back = try tmux.waitFor { $0.contains(screen.marker) && TmuxSession.isFullFrame($0, height: 30) }
    #expect(back.matched, "the whole frame repainted: \(back.screen)")
    #expect(!back.screen.contains("Stopped"), "nothing of the shell's screen is left")
    #expect(try tmux.terminalModes().hasPrefix("alternate_on=1"))
    #expect(ProcessTable.state(of: pid) != "T")

    try screen.quit(tmux)
    #expect(TmuxSession.poll { !ProcessTable.isAlive(pid) }, "q quits")
    try tmux.type("echo \"[fg exited $?]\"")
    let exited = try tmux.waitFor("[fg exited 0]")
    #expect(exited.matched, "\(exited.screen)")
    #expect(try tmux.terminalModes() == TmuxSession.restoredModes)
  }
}
