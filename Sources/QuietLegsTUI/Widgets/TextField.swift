import QuietLegsCore

/// A one-line editable text with a cursor, shared by every form and filter in the panes.
/// Keys that edit are consumed; others (Enter, Esc, Tab, arrows up/down) are left to the form.
///
/// The cursor moves, and Backspace and Delete remove, whole characters as the reader sees them
/// (grapheme clusters: `ä` typed as `a` then a combining mark, `👍🏽`, `🇩🇪`, `नमस्ते`): a scalar
/// that joins the character before it can never leave the cursor inside a character or past
/// the end. The field holds only what the screen shows: typed and pasted text is cleaned of
/// control and bidi characters, line breaks in a paste become spaces.
public struct TextField: Equatable, Sendable {
  public private(set) var text: String
  /// Cursor position, in characters (grapheme clusters) from the start; always `0...text.count`.
  public private(set) var cursor: Int
  /// Longest text accepted, in characters: typing or pasting past it is refused (and
  /// `refusedAtLimit` says so). A longer text given to `init` is kept whole, never cut.
  public let limit: Int
  /// True after `selectAll()`: the first character typed replaces the whole text and Backspace,
  /// Delete or Ctrl-U clear it (as in most forms); any other key keeps the text and ends this.
  public private(set) var replacesOnType = false
  /// True when the last key or paste was refused because the text would have been longer than
  /// `limit`; the form says so.
  public private(set) var refusedAtLimit = false

  public init(_ text: String = "", limit: Int = 200) {
    self.limit = limit
    self.text = text
    self.cursor = text.count
  }

  /// Marks the whole text to be replaced by the next character typed (when the field gains the
  /// focus with a value already in it).
  public mutating func selectAll() {
    replacesOnType = !text.isEmpty
  }

  /// Applies an editing key; returns false for keys the field does not use.
  public mutating func handle(_ key: Key) -> Bool {
    refusedAtLimit = false
    if replacesOnType {
      replacesOnType = false
      switch key {
      case .character(let character) where !character.isNewline:
        replaceAll()
      case .paste:
        replaceAll()
      case .backspace, .delete, .control("u"):
        replaceAll()
        return true
      default:
        break
      }
    }
    switch key {
    case .character(let character):
      guard !character.isNewline else { return true }
      insert(String(character))
    case .paste(let pasted): insert(Self.oneLine(pasted))
    case .backspace:
      guard cursor > 0 else { return true }
      replace(cursor - 1..<cursor, with: "")
    case .delete:
      guard cursor < text.count else { return true }
      replace(cursor..<cursor + 1, with: "")
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .ctrl(.left), .alt(.character("b")), .alt(.left): cursor = wordStart(before: cursor)
    case .ctrl(.right), .alt(.character("f")), .alt(.right): cursor = wordEnd(after: cursor)
    case .control("u"): replace(0..<cursor, with: "")
    case .control("k"): replace(cursor..<text.count, with: "")
    case .control("w"), .alt(.backspace), .ctrl(.backspace):
      replace(wordStart(before: cursor)..<cursor, with: "")
    case .alt(.character("d")), .ctrl(.delete): replace(cursor..<wordEnd(after: cursor), with: "")
    default:
      return false
    }
    return true
  }

  /// Replaces the text and puts the cursor at its end.
  public mutating func set(_ newText: String) {
    text = newText
    cursor = text.count
    replacesOnType = false
    refusedAtLimit = false
  }

  /// How the field shows its length against the limit, e.g. `1,990/2,000`.
  public var counter: String {
    "\(TextLimits.grouped(text.count))/\(TextLimits.grouped(limit))"
  }

  /// A paste as one line: each line break (CR LF, CR, LF) and tab becomes a space.
  static func oneLine(_ pasted: String) -> String {
    var scalars = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in pasted.unicodeScalars {
      defer { previous = scalar }
      if scalar == "\n", previous == "\r" { continue }
      scalars.append(["\r", "\n", "\t"].contains(scalar) ? " " : scalar)
    }
    return String(scalars)
  }

  private mutating func replaceAll() {
    text = ""
    cursor = 0
  }

  /// Inserts cleaned text at the cursor unless the text would pass the limit.
  private mutating func insert(_ typed: String) {
    let offset = scalarOffset(ofCharacter: cursor)
    let previous =
      offset > 0
      ? text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset - 1)]
      : nil
    let cleaned = TextSanitizer.clean(typed, after: previous)
    guard !cleaned.isEmpty else { return }
    let oldCount = text.count
    let before = (text, cursor)
    replace(cursor..<cursor, with: cleaned)
    if text.count > limit && text.count > oldCount {
      (text, cursor) = before
      refusedAtLimit = true
    }
  }

  /// Replaces the characters in `range` and puts the cursor after the new text, on the boundary
  /// of whatever character the new text joined.
  private mutating func replace(_ range: Range<Int>, with new: String) {
    guard !range.isEmpty || !new.isEmpty else { return }
    let start = scalarOffset(ofCharacter: range.lowerBound)
    let end = scalarOffset(ofCharacter: range.upperBound)
    var scalars = Array(text.unicodeScalars)
    scalars.replaceSubrange(start..<end, with: new.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    text = String(view)
    cursor = characterCount(upToScalar: start + new.unicodeScalars.count)
  }

  /// Scalars before the `count`-th character.
  private func scalarOffset(ofCharacter count: Int) -> Int {
    var scalars = 0
    for character in text.prefix(count) { scalars += character.unicodeScalars.count }
    return scalars
  }

  /// Characters that start before scalar `offset` (a character the offset falls inside counts,
  /// so the cursor lands after it).
  private func characterCount(upToScalar offset: Int) -> Int {
    var scalars = 0
    var count = 0
    for character in text {
      if scalars >= offset { break }
      scalars += character.unicodeScalars.count
      count += 1
    }
    return count
  }

  /// The start of the word before `position` (spaces before it skipped).
  private func wordStart(before position: Int) -> Int {
    let characters = Array(text)
    var start = min(position, characters.count)
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    return start
  }

  /// The end of the word after `position` (spaces before it skipped).
  private func wordEnd(after position: Int) -> Int {
    let characters = Array(text)
    var end = min(position, characters.count)
    while end < characters.count, characters[end].isWhitespace { end += 1 }
    while end < characters.count, !characters[end].isWhitespace { end += 1 }
    return end
  }

  /// Draws the text in `width` columns. A focused field scrolls so the cursor shows (the end
  /// while typing); a field without the focus shows its start. The cursor cell is drawn
  /// reversed when `focused`.
  public func render(
    into buffer: inout Buffer, x: Int, y: Int, width: Int, role: StyleRole = .text, focused: Bool
  ) {
    guard width > 0 else { return }
    let characters = Array(text)
    let position = min(cursor, characters.count)
    var start = 0
    if focused {
      var used = 0
      start = position
      // Scroll left until the text from `start` to the cursor fits, leaving one column for the cursor.
      for index in stride(from: position - 1, through: 0, by: -1) {
        let columns = DisplayWidth.of(characters[index])
        if used + columns > width - 1 { break }
        used += columns
        start = index
      }
    }
    buffer.fill(
      Rect(x: x, y: y, width: width, height: 1), with: Cell(symbol: " ", role: role, attributes: []))
    let visible = String(characters[start...])
    // A text the next key replaces is shown selected (reversed), like a selection elsewhere.
    let selected = focused && replacesOnType
    buffer.write(visible, x: x, y: y, width: width, role: role, attributes: selected ? [.reverse] : [])
    guard focused, !selected else { return }
    let before = characters[start..<position].reduce(0) { $0 + DisplayWidth.of($1) }
    let column = x + min(before, width - 1)
    let under = position < characters.count ? String(characters[position]) : " "
    let underWidth = max(1, DisplayWidth.of(under))
    buffer.write(
      under, x: column, y: y, width: min(underWidth, x + width - column), role: role, attributes: [.reverse])
  }
}
