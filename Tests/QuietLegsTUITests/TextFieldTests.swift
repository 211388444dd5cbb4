import Testing

@testable import QuietLegsTUI

@Suite("Text field")
struct TextFieldTests {
  func typed(_ text: String, into field: inout TextField) {
    for character in text { _ = field.handle(.character(character)) }
  }

  @Test("after selectAll the first character replaces the text; a cursor move keeps it")
  func selectAllReplacesOnType() {
    var field = TextField("5", limit: 3)
    field.selectAll()
    typed("7", into: &field)
    #expect(field.text == "7")
    typed("1", into: &field)
    #expect(field.text == "71", "only the first key replaces")
    field.selectAll()
    _ = field.handle(.backspace)
    #expect(field.text.isEmpty)
    field.set("10")
    field.selectAll()
    _ = field.handle(.left)
    typed("2", into: &field)
    #expect(field.text == "120", "a cursor move ends the selection and edits as usual")
    var empty = TextField("", limit: 3)
    empty.selectAll()
    #expect(!empty.replacesOnType)
  }

  @Test func editsAtTheCursor() {
    var field = TextField()
    typed("calf", into: &field)
    _ = field.handle(.left)
    _ = field.handle(.left)
    typed("XY", into: &field)
    #expect(field.text == "caXYlf")
    _ = field.handle(.backspace)
    _ = field.handle(.delete)
    #expect(field.text == "caXf")
    _ = field.handle(.home)
    _ = field.handle(.delete)
    #expect(field.text == "aXf" && field.cursor == 0)
    _ = field.handle(.end)
    typed(" two words", into: &field)
    _ = field.handle(.control("w"))
    #expect(field.text == "aXf two ")
    #expect(field.handle(.enter) == false)
  }

  @Test func respectsTheLimit() {
    var field = TextField(limit: 3)
    typed("abcdef", into: &field)
    #expect(field.text == "abc")
  }

  @Test func scrollsToShowTheCursor() {
    var field = TextField()
    typed("0123456789", into: &field)
    var buffer = Buffer(width: 6, height: 1)
    field.render(into: &buffer, x: 0, y: 0, width: 6, focused: true)
    #expect(buffer.lines() == ["56789 "])
    _ = field.handle(.home)
    buffer = Buffer(width: 6, height: 1)
    field.render(into: &buffer, x: 0, y: 0, width: 6, focused: true)
    #expect(buffer.lines() == ["012345"])
  }
}
