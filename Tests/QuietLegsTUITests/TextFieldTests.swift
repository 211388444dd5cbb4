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
    #expect(field.refusedAtLimit, "the form can say why the key did nothing")
    _ = field.handle(.backspace)
    #expect(!field.refusedAtLimit)
    #expect(field.counter == "2/3")
  }

  @Test("a text longer than the limit is kept whole when opened, and can only get shorter")
  func longTextIsNeverCut() {
    let stored = String(repeating: "x", count: 5000)
    var field = TextField(stored, limit: 500)
    #expect(field.text == stored)
    typed("y", into: &field)
    #expect(field.text == stored && field.refusedAtLimit)
    _ = field.handle(.backspace)
    #expect(field.text.count == 4999)
    #expect(TextField(String(repeating: "x", count: 1234), limit: 2000).counter == "1,234/2,000")
  }

  @Test("a scalar that joins the character before it never leaves the cursor past the end")
  func joiningScalarsTypedOneByOne() {
    let samples = [
      "a\u{0308}", "e\u{0301}", "👍🏽", "🇩🇪", "👨‍👩‍👧", "क्\u{200D}ष", "❤️", "नमस्ते", "สวัสดี",
      "\u{1100}\u{1161}\u{11A8}", "سلام", "می‌خواهم", "שלום",
    ]
    for sample in samples {
      var field = TextField()
      for scalar in sample.unicodeScalars { _ = field.handle(.character(Character(scalar))) }
      #expect(field.text == sample, "\(sample) typed one scalar at a time")
      #expect(field.cursor == sample.count)
      var pasted = TextField()
      _ = pasted.handle(.paste(sample))
      #expect(pasted.text == sample && pasted.cursor == sample.count, "\(sample) pasted")
      _ = field.handle(.backspace)
      #expect(field.text == String(sample.dropLast()), "Backspace removes one whole character of \(sample)")
      var buffer = Buffer(width: 10, height: 1)
      field.render(into: &buffer, x: 0, y: 0, width: 10, focused: true)
    }
  }

  @Test("a joiner that joins nothing is not kept (the screen would not show it)")
  func strayJoiner() {
    var field = TextField()
    for scalar in "x\u{200D}y".unicodeScalars { _ = field.handle(.character(Character(scalar))) }
    #expect(field.text == "xy" && field.cursor == 2)
  }

  @Test("a dead key's accent arriving after the letter joins it, also in the middle")
  func combiningMarkInTheMiddle() {
    var field = TextField()
    typed("ab", into: &field)
    _ = field.handle(.left)
    _ = field.handle(.character("\u{0308}"))
    #expect(field.text == "a\u{0308}b" && field.cursor == 1)
    _ = field.handle(.home)
    typed("🇫", into: &field)
    #expect(field.cursor <= field.text.count)
    field = TextField("🇩🇪")
    _ = field.handle(.home)
    typed("🇫", into: &field)
    #expect(field.text == "🇫🇩🇪" && field.cursor <= field.text.count)
    _ = field.handle(.end)
    _ = field.handle(.backspace)
    _ = field.handle(.backspace)
    #expect(field.cursor <= field.text.count)
  }

  @Test("a paste stays one line: line breaks and tabs become spaces, controls go")
  func pasteIsOneLine() {
    var field = TextField()
    _ = field.handle(.paste("woke twice\r\ndid not\thelp\n\u{1B}[31mred\u{202E}"))
    #expect(field.text == "woke twice did not help red")
    var short = TextField("ab", limit: 5)
    _ = short.handle(.paste("cdefg"))
    #expect(short.text == "ab" && short.refusedAtLimit, "a paste that does not fit is refused whole")
    short.selectAll()
    _ = short.handle(.paste("xyz"))
    #expect(short.text == "xyz", "a paste replaces a selected value like typing does")
  }

  @Test("word and line deletion: Ctrl-W, Alt-Backspace, Alt-d, Ctrl-U, Ctrl-K; word moves")
  func wordEditing() {
    var field = TextField("calf cramp at night")
    _ = field.handle(.alt(.backspace))
    #expect(field.text == "calf cramp at ")
    _ = field.handle(.control("w"))
    #expect(field.text == "calf cramp ")
    _ = field.handle(.home)
    _ = field.handle(.alt(.character("d")))
    #expect(field.text == " cramp ")
    _ = field.handle(.ctrl(.right))
    #expect(field.cursor == 6)
    _ = field.handle(.control("k"))
    #expect(field.text == " cramp")
    _ = field.handle(.alt(.character("b")))
    #expect(field.cursor == 1)
    _ = field.handle(.control("u"))
    #expect(field.text == "cramp" && field.cursor == 0)
    #expect(field.handle(.alt(.character("x"))) == false, "unbound keys are left to the form")
    #expect(field.handle(.unknown) == false)
  }

  @Test("a field without the focus shows its start; with it, the cursor's end")
  func unfocusedShowsTheStart() {
    let field = TextField("stretch, hot shower")
    var buffer = Buffer(width: 10, height: 1)
    field.render(into: &buffer, x: 0, y: 0, width: 10, focused: false)
    #expect(buffer.lines() == ["stretch, h"])
    buffer = Buffer(width: 10, height: 1)
    field.render(into: &buffer, x: 0, y: 0, width: 10, focused: true)
    #expect(buffer.lines() == ["ot shower "])
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
