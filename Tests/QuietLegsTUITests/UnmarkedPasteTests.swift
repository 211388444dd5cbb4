import QuietLegsTUI
import Testing

@Suite("A paste the terminal did not mark")
struct UnmarkedPasteTests {
  private func keys(_ text: String) -> [Key] {
    text.map { $0 == "\n" ? Key.enter : Key.character($0) }
  }

  @Test("text, a line break and more text in one read is one paste, nothing run as a command")
  func burstWithABreakIsAPaste() {
    #expect(UnmarkedPaste.grouped(keys("woke twice\ndid not help")) == [.paste("woke twice\ndid not help")])
    #expect(UnmarkedPaste.grouped(keys("a\nbcd")) == [.paste("a\nbcd")])
  }

  @Test(
    "keys a person could have typed ahead stay keys",
    arguments: ["n\n7\n", "hello\n", "\n", "dd", "ab\nc", "jjjjjjjj"])
  func typeaheadStaysKeys(text: String) {
    #expect(UnmarkedPaste.grouped(keys(text)) == keys(text))
  }

  @Test("the next read right after an unmarked paste is the rest of it, even with no line break")
  func aLongPasteContinues() {
    #expect(UnmarkedPaste.grouped(keys("nd of the note"), continuing: true) == [.paste("nd of the note")])
    #expect(UnmarkedPaste.grouped(keys("nd of the note")) == keys("nd of the note"))
    let arrow: [Key] = [.up]
    #expect(UnmarkedPaste.grouped(arrow, continuing: true) == arrow)
  }

  @Test("a read with an arrow, Esc or a marked paste is left as it is")
  func otherKeysLeaveTheReadAlone() {
    let withArrow = keys("abc\ndef") + [.up]
    #expect(UnmarkedPaste.grouped(withArrow) == withArrow)
    let marked: [Key] = [.paste("x\ny"), .character("a")]
    #expect(UnmarkedPaste.grouped(marked) == marked)
  }
}
