/// A one-line editable text with a cursor, shared by every form and filter in the panes.
/// Keys that edit are consumed; others (Enter, Esc, Tab, arrows up/down) are left to the form.
public struct TextField: Equatable, Sendable {
  public private(set) var text: String
  /// Cursor position, in characters from the start.
  public private(set) var cursor: Int
  /// Longest text accepted, in characters.
  public let limit: Int
  /// True after `selectAll()`: the first character typed replaces the whole text and Backspace,
  /// Delete or Ctrl-U clear it (as in most forms); any other key keeps the text and ends this.
  public private(set) var replacesOnType = false

  public init(_ text: String = "", limit: Int = 200) {
    self.limit = limit
    self.text = String(text.prefix(limit))
    self.cursor = self.text.count
  }

  /// Marks the whole text to be replaced by the next character typed (when the field gains the
  /// focus with a value already in it).
  public mutating func selectAll() {
    replacesOnType = !text.isEmpty
  }

  /// Applies an editing key; returns false for keys the field does not use.
  public mutating func handle(_ key: Key) -> Bool {
    if replacesOnType {
      replacesOnType = false
      switch key {
      case .character(let character) where !character.isNewline:
        set("")
      case .backspace, .delete, .control("u"):
        set("")
        return true
      default:
        break
      }
    }
    var characters = Array(text)
    switch key {
    case .character(let character):
      guard characters.count < limit, !character.isNewline else { return true }
      characters.insert(character, at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = characters.count
    case .control("u"):
      characters.removeFirst(cursor)
      cursor = 0
    case .control("w"):
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default:
      return false
    }
    text = String(characters)
    return true
  }

  /// Replaces the text and puts the cursor at its end.
  public mutating func set(_ newText: String) {
    text = String(newText.prefix(limit))
    cursor = text.count
    replacesOnType = false
  }

  /// Draws the text in `width` columns, scrolled so the cursor shows; the cursor cell is
  /// drawn reversed when `focused`.
  public func render(
    into buffer: inout Buffer, x: Int, y: Int, width: Int, role: StyleRole = .text, focused: Bool
  ) {
    guard width > 0 else { return }
    let characters = Array(text)
    var start = 0
    var used = 0
    // Scroll left until the text from `start` to the cursor fits, leaving one column for the cursor.
    for index in stride(from: cursor - 1, through: 0, by: -1) {
      let columns = DisplayWidth.of(characters[index])
      if used + columns > width - 1 { break }
      used += columns
      start = index
    }
    if cursor == 0 { start = 0 }
    buffer.fill(
      Rect(x: x, y: y, width: width, height: 1), with: Cell(symbol: " ", role: role, attributes: []))
    let visible = String(characters[start...])
    // A text the next key replaces is shown selected (reversed), like a selection elsewhere.
    let selected = focused && replacesOnType
    buffer.write(visible, x: x, y: y, width: width, role: role, attributes: selected ? [.reverse] : [])
    guard focused, !selected else { return }
    let before = characters[start..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    let column = x + min(before, width - 1)
    let under = cursor < characters.count ? String(characters[cursor]) : " "
    buffer.write(under, x: column, y: y, width: 1, role: role, attributes: [.reverse])
  }
}
