import Testing

@testable import QuietLegsTUI

@Suite struct BufferTests {
  @Test func writesAndClipsToWidth() {
    var buffer = Buffer(width: 8, height: 2)
    let used = buffer.write("Hello, world", x: 1, y: 0, width: 5)
    #expect(used == 5)
    #expect(buffer.lines() == [" Hello  ", "        "])
  }

  @Test func clipsAtTheRightEdgeAndOutsideRows() {
    var buffer = Buffer(width: 4, height: 1)
    buffer.write("abcdef", x: 2, y: 0)
    buffer.write("zzz", x: 0, y: 5)
    #expect(buffer.lines() == ["  ab"])
  }

  @Test func wideCharactersTakeTwoCells() {
    var buffer = Buffer(width: 6, height: 1)
    let used = buffer.write("中文x", x: 0, y: 0)
    #expect(used == 5)
    #expect(buffer[0, 0].symbol == "中")
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer.lines() == ["中文x "])
  }

  @Test func wideCharacterThatDoesNotFitBecomesASpace() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.fill(buffer.area, with: Cell(symbol: "."))
    buffer.write("a中", x: 1, y: 0)
    #expect(buffer.lines() == [".a "])
  }

  @Test func overwritingHalfAWideCharacterLeavesNoOrphan() {
    var buffer = Buffer(width: 4, height: 1)
    buffer.write("中中", x: 0, y: 0)
    buffer.write("x", x: 1, y: 0)
    #expect(buffer.lines() == [" x中"])
    buffer.write("y", x: 2, y: 0)
    #expect(buffer.lines() == [" xy "])
  }

  @Test func combiningMarksStayWithTheirBase() {
    var buffer = Buffer(width: 4, height: 1)
    let used = buffer.write("e\u{301}a", x: 0, y: 0)
    #expect(used == 2)
    #expect(buffer[0, 0].symbol == "e\u{301}")
    #expect(buffer.lines() == ["e\u{301}a  "])
  }

  @Test func tooManyCombiningMarksAreCut() {
    var buffer = Buffer(width: 2, height: 1)
    buffer.write("a" + String(repeating: "\u{301}", count: 10), x: 0, y: 0)
    #expect(buffer[0, 0].symbol.unicodeScalars.count == Buffer.maximumScalarsPerCell)
  }

  @Test func symbolsUsedByThePanesRender() {
    var buffer = Buffer(width: 12, height: 1)
    let used = buffer.write("°•✓▁▂▃▄▅▆▇█", x: 0, y: 0)
    #expect(used == 11)
    #expect(buffer.lines() == ["°•✓▁▂▃▄▅▆▇█ "])
  }

  @Test func controlCharactersNeverReachTheBuffer() {
    var buffer = Buffer(width: 10, height: 1)
    buffer.write("a\u{1B}[2Jb\u{7}c", x: 0, y: 0)
    #expect(buffer.lines() == ["ab\u{FFFD}c      "])
  }

  @Test func styleChangesRoleWithoutText() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.write("abc", x: 0, y: 0)
    buffer.style(Rect(x: 1, y: 0, width: 5, height: 1), role: .selection, adding: .bold)
    #expect(buffer[0, 0].role == .text)
    #expect(buffer[1, 0].role == .selection)
    #expect(buffer[2, 0].attributes == .bold)
    #expect(buffer.lines() == ["abc"])
  }

  @Test func bufferWithAnOffsetAreaUsesAbsoluteCoordinates() {
    var buffer = Buffer(area: Rect(x: 10, y: 5, width: 3, height: 1))
    buffer.write("abcd", x: 9, y: 5)
    #expect(buffer.lines() == ["bcd"])
    #expect(buffer[10, 5].symbol == "b")
    #expect(buffer[0, 0] == .blank)
  }

  @Test func textTrimsTrailingSpaces() {
    var buffer = Buffer(width: 5, height: 2)
    buffer.write("hi", x: 0, y: 1)
    #expect(buffer.text() == "\nhi")
  }

  @Test func emptyAndTinyBuffersAreSafe() {
    var empty = Buffer(width: 0, height: 0)
    empty.write("x", x: 0, y: 0)
    empty.fill(Rect(width: 5, height: 5))
    #expect(empty.lines().isEmpty)
    var one = Buffer(width: 1, height: 1)
    one.write("中", x: 0, y: 0)
    #expect(one.lines() == [" "])
  }

  @Test func rectGeometry() {
    let rect = Rect(x: 2, y: 3, width: 10, height: 4)
    #expect(rect.intersection(Rect(width: 5, height: 5)) == Rect(x: 2, y: 3, width: 3, height: 2))
    #expect(rect.inset(dx: 1, dy: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
    #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 4, width: 4, height: 2))
    #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
    #expect(rect.row(9).isEmpty)
  }
}

@Suite struct TextWrapTests {
  @Test func wrapsAtSpacesAndCutsLongWords() {
    #expect(
      TextWrap.lines("Terminal too small: need at least 60x16", width: 12)
        == ["Terminal too", "small: need", "at least", "60x16"])
    #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWrap.lines("中文中文", width: 3) == ["中", "文", "中", "文"])
    #expect(TextWrap.lines("anything", width: 0).isEmpty)
  }
}
