import Foundation
import QuietLegsCore

/// The fuzz tests draw from the same seeded generator as the benchmark's data.
typealias SeededGenerator = SeededRandom

/// Builds hostile text: pieces of valid syntax mixed with control characters, escapes,
/// invalid-looking Unicode, very long runs and separators.
enum Fuzz {
  static let pieces: [String] = [
    "0", "1", "9", "12", "25", "99", "-", ":", " ", "T", "Z", "+01:00", "2026", "-11-", "22", "h", "m", "s",
    "now", "\"", ",", "\r\n", "\n", "\t", "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{202E}", "\u{200B}", "é", "😀",
    "\\", "=", "[", "]", "[[steps]]", "{", "}", "name", "seconds", "=-1", "= 99999999999999999999", "#",
    "'''", "\"\"\"", "true", "null", "1e309", "NaN", String(repeating: "x", count: 300),
  ]

  static func text(_ rng: inout SeededGenerator, maxPieces: Int = 12) -> String {
    let count = Int.random(in: 0...maxPieces, using: &rng)
    return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
  }

  /// `valid` with a few characters replaced, inserted or removed.
  static func mutate(_ valid: String, _ rng: inout SeededGenerator) -> String {
    var chars = Array(valid)
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let insert = Array(pieces.randomElement(using: &rng)!)
      let position = chars.isEmpty ? 0 : Int.random(in: 0..<chars.count, using: &rng)
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: chars.insert(contentsOf: insert, at: position)
      case 1: if !chars.isEmpty { chars.remove(at: position) }
      default: if !chars.isEmpty { chars.replaceSubrange(position...position, with: insert) }
      }
    }
    return String(chars)
  }
}
