import PropertyBased
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Random scalar sequences (joining marks, ZWJ, selectors, flags, Indic, Thai, Hangul jamo, RTL,
/// controls, any code point) and random editing keys, typed one scalar at a time or pasted, in
/// fields of every size the forms use: the field never traps, the cursor stays within the
/// text, and what it holds is what the screen shows.
@Suite("Text field properties")
struct TextFieldPropertyTests {
  /// Scalars that join, split or hide: the ones that broke the fields.
  static let tricky: [Unicode.Scalar] = [
    "a", "e", "x", " ", "1", ",", "\u{0301}", "\u{0308}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{FE0E}",
    "\u{1F44D}", "\u{1F3FD}", "\u{1F1E9}", "\u{1F1EA}", "\u{1F468}", "\u{1F469}", "\u{2764}",
    "\u{0928}", "\u{094D}", "\u{0924}", "\u{0947}", "\u{0E2A}", "\u{0E31}", "\u{0E35}",
    "\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{0645}", "\u{05E9}", "\u{202E}", "\u{1B}",
    "\u{07}", "\u{0A}", "\u{0D}", "\u{09}", "\u{7F}", "\u{9B}", "\u{E0067}", "\u{E007F}", "\u{1F3F4}",
    "\u{20E3}", "\u{FFFD}", "\u{3000}", "\u{10FFFD}",
  ]

  static let keys: [Key] = [
    .backspace, .delete, .left, .right, .home, .end, .control("a"), .control("e"), .control("u"),
    .control("k"), .control("w"), .alt(.backspace), .alt(.character("d")), .alt(.character("b")),
    .alt(.character("f")), .ctrl(.left), .ctrl(.right), .enter, .escape, .tab, .unknown,
  ]

  /// One step: `kind` picks typing a tricky scalar, any scalar, an editing key, or a paste.
  static func key(kind: Int, value: Int, paste: [Int]) -> Key {
    switch kind {
    case 0...3: return .character(Character(tricky[value % tricky.count]))
    case 4: return .character(Character(Unicode.Scalar(UInt32(value)) ?? "?"))
    case 5...7: return keys[value % keys.count]
    default:
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: paste.map { tricky[$0 % tricky.count] })
      return .paste(String(scalars))
    }
  }

  @Test func everyFieldSurvivesRandomInput() async {
    let step = zip(Gen.int(in: 0...8), Gen.int(in: 0...0x10FFFF), Gen.int(in: 0...200).array(of: 0...6))
    await propertyCheck(count: 300, input: step.array(of: 0...60), Gen.int(in: 0...4)) {
      steps, size in
      let limit = [3, 5, 12, 80, 500][size]
      var field = TextField("", limit: limit)
      if limit == 12 { field.selectAll() }
      for (kind, value, paste) in steps {
        let key = Self.key(kind: kind, value: value, paste: paste)
        _ = field.handle(key)
        #expect(field.cursor >= 0 && field.cursor <= field.text.count, "cursor within the text after \(key)")
        #expect(field.text.count <= limit, "never past the limit")
        #expect(TextSanitizer.clean(field.text) == field.text, "holds only what the screen shows")
        for width in [1, 2, 7] {
          var buffer = Buffer(width: width + 2, height: 1)
          field.render(into: &buffer, x: 1, y: 0, width: width, focused: true)
          field.render(into: &buffer, x: 1, y: 0, width: width, focused: false)
        }
      }
    }
  }
}
