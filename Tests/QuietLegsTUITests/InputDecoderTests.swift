import PropertyBased
import Testing

@testable import QuietLegsTUI

/// The key decoder reads what terminals really send, in both cursor-key forms and with
/// modifiers, whatever terminfo says; nothing it does not know becomes Esc plus commands.
@Suite("Input decoder")
struct InputDecoderTests {
  /// Decodes `text` fed in one read, then flushed as the escape delay would.
  func keys(_ text: String) -> [Key] {
    var decoder = InputDecoder()
    return decoder.feed(Array(text.utf8)) + decoder.flush()
  }

  @Test func plainKeysAndControls() {
    #expect(keys("aZ ?") == [.character("a"), .character("Z"), .character(" "), .character("?")])
    #expect(keys("\r\n\t\u{7F}\u{08}") == [.enter, .enter, .tab, .backspace, .backspace])
    #expect(keys("\u{01}\u{13}\u{11}\u{17}") == [.control("a"), .control("s"), .control("q"), .control("w")])
    #expect(keys("\u{00}\u{1C}") == [.unknown, .unknown])
  }

  @Test("cursor keys in CSI and SS3 form, with modifiers")
  func cursorKeys() {
    #expect(keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
    #expect(keys("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
    #expect(keys("\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF") == [.home, .end, .home, .end])
    #expect(keys("\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~") == [.home, .end, .home, .end])
    #expect(keys("\u{1B}[3~\u{1B}[5~\u{1B}[6~\u{1B}[Z") == [.delete, .pageUp, .pageDown, .backTab])
    #expect(keys("\u{1B}[1;5C") == [.ctrl(.right)])
    #expect(keys("\u{1B}[1;3D") == [.alt(.left)])
    #expect(keys("\u{1B}[1;2A") == [.shift(.up)])
    #expect(keys("\u{1B}[1;7C") == [.alt(.ctrl(.right))])
    #expect(keys("\u{1B}[3;5~") == [.ctrl(.delete)])
    #expect(keys("\u{1B}O5C") == [.ctrl(.right)])
  }

  @Test func functionKeys() {
    #expect(
      keys("\u{1B}OP\u{1B}OS\u{1B}[15~\u{1B}[24~") == [
        .function(1), .function(4), .function(5), .function(12),
      ])
    #expect(keys("\u{1B}[1;2P") == [.shift(.function(1))])
    #expect(keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)], "the Linux console's F1-F5")
  }

  @Test("Alt is ESC before a key: one key, never Esc then a command")
  func altKeys() {
    #expect(keys("\u{1B}d") == [.alt(.character("d"))])
    #expect(keys("\u{1B}\u{7F}") == [.alt(.backspace)])
    #expect(keys("\u{1B}é") == [.alt(.character("é"))])
    #expect(keys("\u{1B}\u{1B}[C") == [.alt(.right)])
    #expect(keys("\u{1B}\u{04}") == [.alt(.control("d"))])
  }

  @Test("unknown sequences are one ignored key and what follows is read normally")
  func unknownSequences() {
    #expect(keys("\u{1B}[99~d") == [.unknown, .character("d")])
    #expect(keys("\u{1B}[?1;2cq") == [.unknown, .character("q")])
    #expect(keys("\u{1B}[<0;3;4Mx") == [.mouse(MouseEvent(.press(button: 0), x: 2, y: 3)), .character("x")])
    #expect(keys("\u{1B}[<0;3Mx") == [.unknown, .character("x")], "a mouse report with a field missing")
    #expect(keys("\u{1B}OZn") == [.unknown, .character("n")])
    #expect(keys("\u{1B}[201~") == [.unknown])
  }

  @Test("a lone Esc waits for the escape delay, then is the Esc key")
  func loneEscape() {
    var decoder = InputDecoder()
    #expect(decoder.feed([0x1B]).isEmpty)
    #expect(decoder.pendingTimeout == InputDecoder.escapeDelay)
    #expect(decoder.flush() == [.escape])
    #expect(decoder.pendingTimeout == nil)
    #expect(decoder.feed([0x1B, 0x1B]).isEmpty)
    #expect(decoder.flush() == [.escape, .escape])
    #expect(decoder.feed(Array("\u{1B}[".utf8)).isEmpty)
    #expect(decoder.flush() == [.alt(.character("["))], "Alt-[ when nothing follows")
  }

  @Test("a sequence or a character split over reads is still one key")
  func splitOverReads() {
    for text in ["\u{1B}[1;5C", "\u{1B}OC", "é", "👍🏽", "\u{1B}d", "\u{1B}[200~a\nb\u{1B}[201~"] {
      var decoder = InputDecoder()
      var decoded: [Key] = []
      for byte in Array(text.utf8) { decoded += decoder.feed([byte]) }
      #expect(decoded == keys(text), "\(text.debugDescription) byte by byte")
      #expect(decoder.pendingTimeout == nil)
    }
  }

  @Test("invalid UTF-8 is skipped, the next key kept")
  func invalidUTF8() {
    var decoder = InputDecoder()
    #expect(decoder.feed([0xFF, 0x61, 0xC3, 0x62, 0xE2, 0x82]) == [.character("a"), .character("b")])
    #expect(decoder.flush().isEmpty)
  }

  @Test("bracketed paste is one piece of text, line breaks and keys inside it included")
  func bracketedPaste() {
    #expect(
      keys("x\u{1B}[200~woke twice\ndid not help\u{1B}[201~y")
        == [.character("x"), .paste("woke twice\ndid not help"), .character("y")])
    #expect(keys("\u{1B}[200~\u{1B}d\u{1B}[A\r\u{1B}[201~") == [.paste("\u{1B}d\u{1B}[A\r")])
    var decoder = InputDecoder()
    #expect(decoder.feed(Array("\u{1B}[200~half".utf8)).isEmpty)
    #expect(decoder.pendingTimeout == InputDecoder.pasteDelay)
    #expect(decoder.feed(Array(" and the rest\u{1B}[20".utf8)).isEmpty)
    #expect(decoder.feed(Array("1~".utf8)) == [.paste("half and the rest")])
    #expect(decoder.feed(Array("\u{1B}[200~never ended".utf8)).isEmpty)
    #expect(decoder.flush() == [.paste("never ended")], "an unfinished paste ends after the wait")
  }

  @Test("random bytes in random pieces: no trap, no endless loop, the same keys as in one piece")
  func randomBytesDecodeTheSameHoweverSplit() async {
    // Bytes that start sequences are frequent, so sequences are cut at every possible point.
    let alphabet: [UInt8] = [
      0x1B, 0x1B, 0x5B, 0x4F, 0x31, 0x3B, 0x35, 0x7E, 0x32, 0x30, 0x43, 0x64, 0x0D, 0x7F,
    ]
    let byte = zip(Gen.int(in: 0...1), Gen.int(in: 0...255)).map { pick, value in
      pick == 0 ? alphabet[value % alphabet.count] : UInt8(value)
    }
    await propertyCheck(count: 500, input: byte.array(of: 0...40), Gen.int(in: 1...7)) { bytes, piece in
      var whole = InputDecoder()
      let expected = whole.feed(bytes) + whole.flush()
      var split = InputDecoder()
      var decoded: [Key] = []
      var start = 0
      while start < bytes.count {
        decoded += split.feed(bytes[start..<min(start + piece, bytes.count)])
        start += piece
      }
      decoded += split.flush()
      #expect(decoded == expected)
      #expect(split.pendingTimeout == nil, "nothing left waiting after the flush")
    }
  }
}
