/// Large clock digits drawn with block characters: each glyph is a 3x5 grid of dots, and each
/// dot is two cells wide so the figures look square on a terminal's tall cells.
struct BigDigits: Widget {
  /// What is drawn large (digits and a colon).
  let text: String
  var role: StyleRole = .bigdigits

  /// Rows of a glyph.
  static let height = 5
  /// Columns between two glyphs.
  static let gap = 1

  /// The dot rows of each character the clock uses; `#` is a filled dot.
  private static let glyphs: [Character: [String]] = [
    "0": ["###", "# #", "# #", "# #", "###"],
    "1": ["## ", " # ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"],
    "3": ["###", "  #", " ##", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"],
    "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"],
    "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"],
    "9": ["###", "# #", "###", "  #", "###"],
    ":": [" ", "#", " ", "#", " "],
  ]

  /// True when every character of `text` has a large glyph.
  static func canDraw(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { glyphs[$0] != nil }
  }

  /// Columns `text` takes when drawn large.
  static func width(of text: String) -> Int {
    let glyphColumns = text.compactMap { glyphs[$0]?.first?.count }.reduce(0) { $0 + $1 * 2 }
    return glyphColumns + gap * max(0, text.count - 1)
  }

  /// Draws the text large from the top-left corner of `area`; characters without a glyph are skipped.
  /// Empty dots and gaps are drawn as spaces in the same role, so a change from one second to the
  /// next sends only the changed dots, with no style switches between them.
  func render(into buffer: inout Buffer, area: Rect) {
    let x = area.x
    let y = area.y
    var column = x
    for (index, character) in text.enumerated() {
      guard let rows = Self.glyphs[character] else { continue }
      for (offset, row) in rows.enumerated() {
        var dotX = column
        for dot in row {
          let symbol = dot == "#" ? "█" : " "
          buffer.set(x: dotX, y: y + offset, Cell(symbol: symbol, role: role))
          buffer.set(x: dotX + 1, y: y + offset, Cell(symbol: symbol, role: role))
          dotX += 2
        }
        if index < text.count - 1 {
          for g in 0..<Self.gap { buffer.set(x: dotX + g, y: y + offset, Cell(symbol: " ", role: role)) }
        }
      }
      column += (rows.first?.count ?? 0) * 2 + Self.gap
    }
  }
}
