import Testing

@testable import QuietLegsTUI

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("中", 2), ("한", 2), ("😀", 2), ("°", 1), ("•", 1), ("✓", 1), ("▁", 1), ("█", 1),
    ("Ｆ", 2), ("e\u{301}", 1), ("\u{301}", 1), ("\u{200B}", 0),
    ("👍🏽", 2), ("🇩🇪", 2), ("❤️", 2), ("👨‍👩‍👧", 2), ("1️⃣", 2),
    ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", 2),
    ("स्ते", 2), ("\u{1100}\u{1161}\u{11A8}", 2), ("❤", 1), ("🇩", 1),
  ])
  func widthOfOneGrapheme(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func widthOfAString() {
    #expect(DisplayWidth.of("QuietLegs 中文 ✓") == 16)
  }

  @Test func generatedRangesAreSortedAndDisjoint() {
    for ranges in [UnicodeWidthTable.wide, UnicodeWidthTable.zeroWidth, UnicodeWidthTable.emoji] {
      for (previous, next) in zip(ranges, ranges.dropFirst()) {
        #expect(previous.upperBound < next.lowerBound)
      }
    }
    #expect(DisplayWidth.unicodeVersion == "15.0.0")
  }

  @Test("an emoji sequence is one two-column cell with every scalar; other clusters a cell per letter")
  func cellsOfAGrapheme() {
    #expect(DisplayWidth.cells(of: "👍🏽").map(\.symbol) == ["👍🏽"])
    #expect(DisplayWidth.cells(of: "🇩🇪").map(\.width) == [2])
    #expect(DisplayWidth.cells(of: "\u{1100}\u{1161}\u{11A8}").map(\.width) == [2])
    #expect(DisplayWidth.cells(of: "\u{301}").map(\.symbol) == [" \u{301}"])
    #expect(DisplayWidth.cells(of: "\u{200B}").isEmpty)
  }

  @Test("both halves of a flag and a skin tone reach the buffer")
  func emojiInTheBuffer() {
    var buffer = Buffer(width: 8, height: 1)
    let used = buffer.write("👍🏽 🇩🇪|", x: 0, y: 0)
    #expect(used == 6)
    #expect(buffer.lines() == ["👍🏽 🇩🇪|  "])
  }
}
