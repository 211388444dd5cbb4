import Foundation
import Testing

/// Colour, NO_COLOR and theme problems, seen through tmux's copy of the screen.
@Suite("Full-screen colours and themes", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TUIColorAndThemeTests {
  @Test func colourIsUsedByDefault() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start()
    let screen = try tmux.waitFor(colors: true) { $0.contains("[1 Calendar]") }.screen
    #expect(SGR.setsColor(screen), "expected colour sequences in:\n\(screen)")
  }

  @Test func noColorTurnsColourOffButKeepsAttributes() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start(environment: ["NO_COLOR": "1"])
    let screen = try tmux.waitFor(colors: true) { $0.contains("[1 Calendar]") }.screen
    #expect(!SGR.setsColor(screen), "expected no colour sequences in:\n\(screen)")
    #expect(screen.contains("\u{1B}["), "attributes such as bold and reverse remain")
  }

  @Test func missingThemeStartsWithDefaultAndSaysSo() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.start(["tui", "--theme", "nope"])
    #expect(try tmux.waitFor("No theme named 'nope'").matched)
    try tmux.send("2")
    #expect(
      try tmux.waitFor { $0.contains("[2 Causes]") && !$0.contains("No theme named") }.matched,
      "the message clears on the next key")
  }

  @Test func brokenUserThemeNamesFileAndLine() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let themes = tmux.configHome.appendingPathComponent("quietlegs/themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try "name = \"mine\"\n[roles.text]\nfg = \"purple\"\n".write(
      to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
    try "theme = \"mine\"\n".write(
      to: tmux.configHome.appendingPathComponent("quietlegs/config.toml"), atomically: true, encoding: .utf8)
    try tmux.start(width: 200, height: 30)
    let result = try tmux.waitFor("mine.toml:3:")
    #expect(result.matched, "\(result.screen)")
    #expect(result.screen.contains("fg must be a colour"))
  }
}

/// Reads SGR escape sequences in `capture-pane -e` output.
enum SGR {
  /// True when any SGR sequence sets a foreground or background colour.
  static func setsColor(_ text: String) -> Bool {
    var rest = Substring(text)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(where: { !"0123456789;:".contains($0) }) else { break }
      if rest[end] == "m" {
        let parameters = rest[..<end].split(whereSeparator: { $0 == ";" || $0 == ":" }).compactMap { Int($0) }
        if parameters.contains(where: {
          (30...49).contains($0) && $0 != 39 && $0 != 49 || (90...107).contains($0)
        }) {
          return true
        }
      }
      rest = rest[end...]
    }
    return false
  }
}
