import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Property test: theme files with random damage never crash the parser, and every refusal
/// names the file and what is wrong.
@Suite struct ThemeFuzzTests {
  static let valid = """
    name = "mine"
    description = "a test theme"
    [roles.title]
    fg = "#c9772e"
    bold = true
    [roles.text]
    fg = 250
    bg = "default"
    """

  static let pieces = [
    "[", "]", "[[", "=", "\"", "#", "\n", " ", "roles", ".", "fg", "bg", "bold", "true", "-1", "256",
    "#zzzzzz",
    "\u{1B}[31m", "\u{0}", "é", "\u{202E}", "[roles.", "nonsense", "1e9", "'''",
    String(repeating: "x", count: 200),
  ]

  func mutate(_ text: String, _ rng: inout SeededRandom) -> String {
    var characters = Array(text)
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let piece = Array(Self.pieces.randomElement(using: &rng)!)
      let at = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &rng)
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: characters.insert(contentsOf: piece, at: at)
      case 1: if !characters.isEmpty { characters.remove(at: at) }
      default: if !characters.isEmpty { characters.replaceSubrange(at...at, with: piece) }
      }
    }
    return String(characters)
  }

  @Test func damagedThemesNeverCrashAndNameTheProblem() {
    var rng = SeededRandom(seed: 11)
    var refused = 0
    for _ in 0..<1500 {
      do {
        _ = try ThemeParser.parse(mutate(Self.valid, &rng), file: "mine.toml")
      } catch {
        refused += 1
        #expect(error.file == "mine.toml" && !error.message.isEmpty)
      }
    }
    #expect(refused > 100, "the mutations must hit real errors")
  }
}
