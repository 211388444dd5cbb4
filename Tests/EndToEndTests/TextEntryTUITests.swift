import Foundation
import Testing

/// Typing and pasting in the real program: no character crashes a field, a paste stays in
/// the field, Alt and escape sequences are single keys, Ctrl-S does not freeze the screen, and
/// the terminal's own settings come back on exit.
@Suite("Text entry in tmux", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TextEntryTUITests {
  /// The journal's JSON export, read with the command line.
  static func export(_ tmux: TmuxSession) throws -> [String: Any] {
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_DATA_DIR"] = tmux.dataDirectory.path
    let result = try cli.run(["export"])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
  }

  static func cli(_ tmux: TmuxSession, _ arguments: [String]) throws -> QuietLegsProcess.Result {
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_DATA_DIR"] = tmux.dataDirectory.path
    return try cli.run(arguments)
  }

  @Test("characters that join the one before them, one keystroke at a time, are saved as typed")
  func joiningCharactersInACauseNote() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start(["tui", "--pane", "causes"])
    try tmux.waitFor("For you")
    try tmux.send("N")
    try tmux.waitFor("Note on")
    // A dead key delivers the accent as its own keystroke, after the letter.
    for piece in ["a", "\u{0308}", " e", "\u{0301}", " 👍", "🏽", " 🇩", "🇪", " 👨‍👩‍👧 ❤️ नमस्ते สวัสดี"] {
      try tmux.send("-l", piece)
      Thread.sleep(forTimeInterval: 0.1)
    }
    try tmux.send("Enter")
    let saved = try tmux.waitFor("Note saved.")
    #expect(saved.matched, "\(saved.screen)")
    // Both halves of a flag and the whole ZWJ family reach the screen (tmux joins both).
    #expect(saved.screen.contains("🇩🇪") && saved.screen.contains("👨‍👩‍👧"), "\(saved.screen)")
    try tmux.send("/")
    try tmux.send("-l", "é👍🏽🇩🇪")
    try tmux.send("Escape")
    try tmux.waitFor { !$0.contains("Filter:") }
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched, "no crash")
    let checklist = try Self.export(tmux)["checklist"] as? [[String: Any]] ?? []
    #expect(
      checklist.first?["note"] as? String == "a\u{0308} e\u{0301} 👍🏽 🇩🇪 👨‍👩‍👧 ❤️ नमस्ते สวัสดี",
      "\(checklist)")
  }

  @Test("a paste with a line break stays in the Note field; nothing after it runs as a command")
  func pasteStaysInTheField() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    _ = try Self.cli(tmux, ["log", "cramp", "--at", "2026-11-21 23:00", "--severity", "6"])
    _ = try Self.cli(tmux, ["log", "rls", "--at", "2026-11-22 01:00", "--severity", "3"])
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("e")
    try tmux.waitFor("Edit episode")
    for _ in 0..<8 { try tmux.send("Tab") }
    try tmux.paste("woke twice\ndid not help\nq")
    let shown = try tmux.waitFor("woke twice did not help q")
    #expect(shown.matched, "the paste is one line in the field:\n\(shown.screen)")
    #expect(shown.screen.contains("Edit episode"), "the form is still open")
    try tmux.send("Enter")
    #expect(try tmux.waitFor("Saved").matched)
    // Outside a text field a paste does nothing at all.
    try tmux.paste("dd\nq")
    Thread.sleep(forTimeInterval: 0.3)
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    let listed = try Self.cli(tmux, ["list"])
    #expect(listed.stdout.split(separator: "\n").count == 3, "both episodes kept:\n\(listed.stdout)")
    #expect(listed.stdout.contains("woke twice did not help q"), "\(listed.stdout)")
  }

  @Test("a terminal without bracketed paste: the same paste stays in the field, nothing is deleted")
  func unmarkedPasteStaysInTheField() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    _ = try Self.cli(tmux, ["log", "cramp", "--at", "2026-11-21 23:00", "--severity", "6"])
    _ = try Self.cli(tmux, ["log", "rls", "--at", "2026-11-22 01:00", "--severity", "3"])
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("e")
    try tmux.waitFor("Edit episode")
    for _ in 0..<8 { try tmux.send("Tab") }
    try tmux.paste("woke twice\ndid not help\nq", marked: false)
    let shown = try tmux.waitFor("woke twice did not help q")
    #expect(shown.matched, "the paste is one line in the field:\n\(shown.screen)")
    #expect(shown.screen.contains("Edit episode"), "the form is still open")
    try tmux.send("Enter")
    #expect(try tmux.waitFor("Saved").matched)
    try tmux.paste("dd\nqq", marked: false)
    Thread.sleep(forTimeInterval: 0.3)
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    let listed = try Self.cli(tmux, ["list"])
    #expect(listed.stdout.split(separator: "\n").count == 3, "both episodes kept:\n\(listed.stdout)")
  }

  @Test("Alt-d and ESC [ C in a form are keys of the field, not Esc then a command")
  func altAndEscapeSequencesInAForm() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    _ = try Self.cli(tmux, ["log", "cramp", "--at", "2026-11-21 23:00", "--note", "calf cramp"])
    try tmux.start()
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("e")
    try tmux.waitFor("Edit episode")
    for _ in 0..<8 { try tmux.send("Tab") }
    try tmux.send("Home")
    try tmux.send("M-d")
    try tmux.send("-H", "1b", "5b", "43")  // ESC [ C: cursor right, as terminals send it
    try tmux.send("-H", "1b", "5b", "31", "3b", "35", "43")  // ESC [ 1 ; 5 C: Ctrl-→
    try tmux.send("-H", "1b", "5b", "39", "39", "7e")  // an unknown sequence
    try tmux.send("-l", "X")
    let edited = try tmux.waitFor(" crampX")
    #expect(edited.matched, "Alt-d deleted a word, → and Ctrl-→ moved:\n\(edited.screen)")
    #expect(edited.screen.contains("Edit episode"), "the form is still open")
    try tmux.send("Escape")
    #expect(try tmux.waitFor("nothing saved").matched, "a lone Esc still cancels")
    try tmux.send("M-d")
    try tmux.send("M-q")
    Thread.sleep(forTimeInterval: 0.3)
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    let listed = try Self.cli(tmux, ["list"])
    #expect(listed.stdout.contains("calf cramp"), "Alt-d on the calendar deleted nothing:\n\(listed.stdout)")
  }

  @Test("Ctrl-S and Ctrl-Q do not freeze the screen; the terminal's settings come back on exit")
  func flowControlIsOffAndSettingsComeBack() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let program = tmux.commandLine([])
    try tmux.startShell(
      "stty ixon; before=$(stty -g); \(program); after=$(stty -g); "
        + "[ \"$before\" = \"$after\" ] && echo '[tty same]' || echo '[tty changed]'; "
        + "echo '[type]'; cat -v; sleep 600")
    try tmux.waitFor("[1 Calendar]")
    try tmux.send("C-s")
    try tmux.send("3")
    #expect(try tmux.waitFor("[3 Routines]", timeout: 2).matched, "the screen did not freeze")
    try tmux.send("C-q")
    try tmux.send("q")
    let after = try tmux.waitFor("[type]")
    #expect(after.screen.contains("[tty same]"), "\(after.screen)")
    try tmux.paste("pasted")
    try tmux.send("Enter")
    let typed = try tmux.waitFor("pasted")
    #expect(!typed.screen.contains("[200~"), "bracketed paste is off again:\n\(typed.screen)")
  }
}
