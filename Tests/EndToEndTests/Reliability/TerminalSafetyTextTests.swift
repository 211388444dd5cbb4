import Foundation
import Testing

/// Text from notes and imported files reaches the screen only as plain characters: escape
/// sequences, control characters, bidi overrides and zero-width characters never get through to
/// the terminal, in the full-screen program (in tmux) or in command-line output.
@Suite("Terminal safety: hostile text", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TerminalSafetyTextTests {
  /// One note with every kind of hostile text: colour, window title (OSC with BEL), clear screen,
  /// cursor moves, C0 controls and DEL, C1 CSI/OSC, a right-to-left override, zero-width characters.
  static let hostileNote =
    "red\u{1B}[31mRED\u{1B}[0m title\u{1B}]0;pwned\u{07} clear\u{1B}[2J\u{1B}[Hhome "
    + "move\u{1B}[5;5Hmoved c0\u{01}\u{08}\u{7F}end c1\u{9B}31m\u{9D}0;pwned\u{9C}done "
    + "rlo\u{202E}evil zw\u{200B}a\u{200D}b\u{FEFF}c"

  /// 4,800 characters without a space (a cause note holds 5,000): a red-background sequence and
  /// a bidi override in every twelve, so the line is wrapped in the middle of sequences.
  static let longNote = String(repeating: "long\u{1B}[41m\u{202E}x", count: 400)

  /// A CSV import whose note carries raw ESC, BEL and C1 bytes (valid UTF-8).
  static let hostileCSV =
    "kind,start,severity,note\n"
    + "cramp,2026-11-20T02:10:00+01:00,6,\"csv\u{1B}[31mRED\u{1B}]0;pwned\u{07}\u{85}\u{9B}2J end\"\n"

  /// A JSON import (escapes inside JSON strings) with a ticked cause and an episode.
  static let hostileJSON = #"""
    {"format": "quietlegs-journal", "version": 1,
     "checklist": [{"causeId": "nicotine", "ticked": true, "tickedOn": "2026-11-21",
                    "note": "json\u001b[32mGREEN\u001b]2;pwned\u0007\u202ertl"}],
     "episodes": [{"kind": "rls", "start": "2026-11-21T23:40:00+01:00", "night": "2026-11-21",
                   "severity": 4, "woke": false, "helped": [],
                   "note": "json\u001b[2J\u001b[44mBLUE\u009b1;1H end"}]}
    """#

  /// Fills the journal of `data` through every way text gets in: `check --note`, `log --note`,
  /// `import` of CSV and JSON. Returns what each command printed.
  @discardableResult
  static func writeHostileJournal(into data: URL) throws -> [String] {
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_DATA_DIR"] = data.path
    let csv = cli.home.appendingPathComponent("hostile.csv")
    let json = cli.home.appendingPathComponent("hostile.json")
    try Data(hostileCSV.utf8).write(to: csv)
    try Data(hostileJSON.utf8).write(to: json)
    var printed: [String] = []
    for arguments in [
      ["check", "caffeine", "--note", hostileNote],
      ["check", "alcohol", "--note", longNote],
      ["log", "cramp", "--severity", "7", "--note", hostileNote],
      ["import", csv.path],
      ["import", json.path],
    ] {
      let result = try cli.run(arguments)
      #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr)")
      printed.append(result.stdout + result.stderr)
    }
    return printed
  }

  @Test func notesAndImportsCannotDriveTheFullScreenProgram() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try Self.writeHostileJournal(into: tmux.dataDirectory)
    // The program waits for Enter, so the pane's own title can be read before any note is drawn.
    try tmux.startShell(
      "read go; \(tmux.commandLine(["tui", "--pane", "causes"])); echo \"[exited $?]\"; sleep 600",
      environment: ["NO_COLOR": "1"])
    let title = try tmux.display("#{pane_title}")
    try tmux.send("Enter")
    #expect(try tmux.waitFor("For you").matched)

    try tmux.send("/")
    try tmux.send("-l", "caffeine")
    try tmux.send("Enter")
    let caffeine = try expectSafeFrame(tmux, title: title, showing: "Your note: redRED")
    #expect(caffeine.contains("title clearhome movemoved c0\u{FFFD}\u{FFFD}\u{FFFD}end"), "\(caffeine)")
    #expect(
      caffeine.contains("c1done rloevil zwabc"), "C1 sequences, bidi and zero-width removed: \(caffeine)")
    #expect(!caffeine.contains("pwned"))

    // The 4,800-character note, wrapped and scrolled through.
    try tmux.send("/")
    #expect(try tmux.waitFor("Filter: caffeine").matched)
    try tmux.send("Escape")
    #expect(try tmux.waitFor { !$0.contains("caffeine”") }.matched, "filter cleared")
    try tmux.send("/")
    try tmux.send("-l", "alcohol")
    try tmux.send("Enter")
    let long = try expectSafeFrame(tmux, title: title, showing: "longxlongxlongx")
    #expect(!long.contains("41m"), "whole sequences removed wherever the line was wrapped: \(long)")
    for _ in 0..<3 { try tmux.send("PPage") }
    for _ in 0..<3 { try tmux.send("NPage") }
    try expectSafeFrame(tmux, title: title, showing: "longxlongxlongx")

    // The other panes show episodes and their notes too.
    for (key, tab) in [
      ("1", "[1 Calendar]"), ("4", "[4 Insights]"), ("3", "[3 Routines]"), ("2", "[2 Causes]"),
    ] {
      try tmux.send(key)
      try expectSafeFrame(tmux, title: title, showing: tab)
    }
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched, "still answers keys")
    #expect(try tmux.display("#{pane_title}") == title)
  }

  /// Waits until the whole frame shows `text`, then checks that nothing from a note drove the
  /// terminal: the window title is unchanged, no colour was set (the program runs with NO_COLOR,
  /// so any colour came from a note), and the header and footer are where they belong.
  @discardableResult
  private func expectSafeFrame(
    _ tmux: TmuxSession, title: String, showing text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let shown = try tmux.waitFor { $0.contains(text) && TmuxSession.isFullFrame($0, height: 30) }
    #expect(shown.matched, "\(text) in a whole frame:\n\(shown.screen)", sourceLocation: sourceLocation)
    #expect(try tmux.display("#{pane_title}") == title, "window title", sourceLocation: sourceLocation)
    let colored = try tmux.screen(colors: true)
    #expect(
      TmuxSession.colorSequences(in: colored).isEmpty, "colour from a note:\n\(colored)",
      sourceLocation: sourceLocation)
    #expect(TmuxSession.unsafeCharacters(in: shown.screen).isEmpty, sourceLocation: sourceLocation)
    return shown.screen
  }

  /// The checks above would notice a raw sequence: printed straight to the pane, it changes the
  /// title and sets a colour.
  @Test func theScreenChecksCatchARawSequence() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.startShell(#"printf 'raw\033]0;pwned\007\033[31mRED\033[0m\n'; sleep 600"#)
    #expect(TmuxSession.poll { (try? tmux.display("#{pane_title}")) == "pwned" })
    let colored = try tmux.waitFor(colors: true) { $0.contains("RED") }.screen
    #expect(TmuxSession.colorSequences(in: colored) == ["ESC[31m"], "\(colored)")
  }

  @Test func commandLineOutputOfNotesHasNoControlCharacters() throws {
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    let data = cli.home.appendingPathComponent("journal")
    cli.environment["QUIETLEGS_DATA_DIR"] = data.path
    let printed = try Self.writeHostileJournal(into: data)
    for (command, output) in zip(["check", "check", "log", "import", "import"], printed) {
      #expect(
        TmuxSession.unsafeCharacters(in: output).isEmpty, "\(command) printed \(output.debugDescription)")
    }
    for arguments in [
      ["list"], ["list", "--format", "table"], ["causes", "--mine"], ["calendar", "2026-11"],
    ] {
      let result = try cli.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(
        TmuxSession.unsafeCharacters(in: result.stdout).isEmpty,
        "\(arguments): \(result.stdout.debugDescription)")
      if arguments.first == "list" {
        #expect(
          result.stdout.split(separator: "\n").count == 4, "a header and three episodes: \(result.stdout)")
      }
    }
  }

  /// The Markdown report cleans cause notes like the screen does: no C1 controls (U+0080-U+009F,
  /// which xterm obeys in UTF-8), no bidi overrides, no escape sequences.
  @Test func reportOnTheTerminalHasNoControlCharacters() throws {
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    let data = cli.home.appendingPathComponent("journal")
    cli.environment["QUIETLEGS_DATA_DIR"] = data.path
    try Self.writeHostileJournal(into: data)
    let report = try cli.run(["report"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(!report.stdout.contains("\u{1B}"), "no ESC at least")
    #expect(TmuxSession.unsafeCharacters(in: report.stdout).isEmpty, "\(report.stdout.debugDescription)")
  }

  /// A file with bytes that are not UTF-8 is refused whole, so such bytes never reach the journal;
  /// on the command line they arrive as U+FFFD (Swift decodes arguments with replacement).
  @Test func invalidUTF8IsRefusedOnImportAndReplacedInArguments() throws {
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    let invalid: [UInt8] = [0xFF, 0xFE, 0xC0, 0xAF, 0xED, 0xA0, 0x80]
    let csv =
      Data("kind,start,severity,note\ncramp,2026-11-20T02:10:00+01:00,6,\"bad ".utf8) + invalid
      + Data(" bytes\"\n".utf8)
    let json =
      Data(#"{"format": "quietlegs-journal", "version": 1, "episodes": [{"kind": "cramp", "#.utf8)
      + Data(#""start": "2026-11-20T02:10:00+01:00", "severity": 6, "note": "bad "#.utf8) + invalid
      + Data(#""}]}"#.utf8)
    for (name, bytes) in [("bad.csv", csv), ("bad.json", json)] {
      let file = cli.home.appendingPathComponent(name)
      try bytes.write(to: file)
      let result = try cli.run(["import", file.path])
      #expect(result.status == 1, "\(name): \(result.stdout)")
      #expect(result.stderr.contains("not UTF-8"), "\(name): \(result.stderr)")
    }
    #expect(try cli.run(["list"]).stdout.contains("No episodes"), "nothing was imported")

    // Raw bytes in an argument, through the shell.
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = [
      "-c", #"exec "$0" log cramp --note "bad $(printf '\377\376\300\257') bytes""#,
      QuietLegsProcess.binary.path,
    ]
    shell.environment = cli.environment
    shell.standardOutput = FileHandle.nullDevice
    try shell.run()
    shell.waitUntilExit()
    #expect(shell.terminationStatus == 0)
    let listed = try cli.run(["list"]).stdout
    #expect(listed.contains("bad \u{FFFD}"), "\(listed)")
    #expect(TmuxSession.unsafeCharacters(in: listed).isEmpty)
  }
}
