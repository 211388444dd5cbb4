import Testing

@testable import QuietLegsTUI

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("中", 2), ("한", 2), ("😀", 2), ("°", 1), ("•", 1), ("✓", 1), ("▁", 1), ("█", 1),
    ("Ｆ", 2), ("e\u{301}", 1), ("\u{301}", 0), ("\u{200B}", 0),
  ])
  func widthOfOneGrapheme(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func widthOfAString() {
    #expect(DisplayWidth.of("QuietLegs 中文 ✓") == 16)
  }

  @Test func wideRangesAreSortedAndDisjoint() {
    let ranges = WideCharacterRanges.ranges
    for (previous, next) in zip(ranges, ranges.dropFirst()) {
      #expect(previous.upperBound < next.lowerBound)
    }
  }
}
