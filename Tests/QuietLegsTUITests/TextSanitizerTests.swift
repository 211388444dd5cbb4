import QuietLegsCore
import Testing

@testable import QuietLegsTUI

@Suite struct TextSanitizerTests {
  @Test func plainTextIsUnchanged() {
    #expect(TextSanitizer.clean("Calf cramp at 03:10, 20 min") == "Calf cramp at 03:10, 20 min")
    #expect(TextSanitizer.clean("Crampe au mollet — 中文 😀 é") == "Crampe au mollet — 中文 😀 é")
  }

  @Test func escapeSequencesAreRemoved() {
    #expect(TextSanitizer.clean("\u{1B}[31mred\u{1B}[0m") == "red")
    #expect(TextSanitizer.clean("a\u{1B}[2J\u{1B}[Hb") == "ab")
    #expect(TextSanitizer.clean("x\u{1B}]0;evil title\u{7}y") == "xy")
    #expect(TextSanitizer.clean("x\u{1B}]8;;http://e\u{1B}\\link\u{1B}]8;;\u{1B}\\y") == "xlinky")
    #expect(TextSanitizer.clean("x\u{1B}Py\u{1B}\\z") == "xz")
    #expect(TextSanitizer.clean("x\u{1B}(Bz") == "xz")
    #expect(TextSanitizer.clean("x\u{1B}") == "x")
  }

  @Test func c1ControlsAreRemovedOrReplaced() {
    #expect(TextSanitizer.clean("a\u{9B}31mb") == "ab")
    #expect(TextSanitizer.clean("a\u{9D}0;t\u{9C}b") == "ab")
    #expect(TextSanitizer.clean("a\u{85}b") == "a b")
    #expect(TextSanitizer.clean("a\u{84}b") == "a\u{FFFD}b")
  }

  @Test func controlCharactersAreReplacedAndBreaksBecomeSpaces() {
    #expect(TextSanitizer.clean("a\u{0}b\u{7}c\u{7F}d") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
    #expect(TextSanitizer.clean("line one\nline two\r\tend") == "line one line two  end")
  }

  @Test func bidiControlsAndZeroWidthCharactersAreRemoved() {
    #expect(TextSanitizer.clean("abc\u{202E}fed\u{202C}") == "abcfed")
    #expect(TextSanitizer.clean("\u{2066}x\u{2069}\u{200F}") == "x")
    #expect(TextSanitizer.clean("ze\u{200B}ro\u{2060}wi\u{2066}dth\u{FEFF}") == "zerowidth")
    #expect(TextSanitizer.clean("soft\u{AD}hyphen") == "softhyphen")
  }

  @Test("joiners and selectors inside a cluster stay; with nothing to join they go")
  func joinersInsideAClusterStay() {
    for kept in [
      "❤\u{FE0F}", "👨\u{200D}👩\u{200D}👧", "می\u{200C}خواهم", "क्\u{200D}ष", "🏴\u{E0067}\u{E007F}",
      "葛\u{E0100}",
    ] {
      #expect(TextSanitizer.clean(kept) == kept, "\(kept.debugDescription)")
    }
    #expect(TextSanitizer.clean("\u{200D}a \u{FE0F}b\u{1B}[1m\u{200C}") == "a b")
    #expect(TextSanitizer.clean("\u{200D}x", after: "ब") == "\u{200D}x")
    #expect(TextSanitizer.clean("a\u{200D}b") == "ab", "a joiner between ASCII letters joins nothing")
    #expect(TextSanitizer.clean("\u{200D}x", after: " ") == "x")
    #expect(
      TextSanitizer.clean("\u{202E}\u{200D}") == "", "a bidi override is removed, and the joiner after it")
  }

  @Test func invalidUTF8IsShownAsReplacementCharacters() {
    let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x28, 0x1B, 0x5B, 0x31, 0x6D, 0x63]
    #expect(TextSanitizer.clean(utf8: bytes) == "a\u{FFFD}b\u{FFFD}(c")
  }

  @Test func noncharactersAreReplaced() {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: ["a", Unicode.Scalar(0xFFFE)!, "b", Unicode.Scalar(0xFDD0)!])
    #expect(TextSanitizer.clean(String(text)) == "a\u{FFFD}b\u{FFFD}")
  }
}
