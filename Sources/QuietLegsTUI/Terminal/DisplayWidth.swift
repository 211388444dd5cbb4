/// How many terminal columns text takes, by grapheme cluster: an emoji sequence (a flag, an
/// emoji with a skin tone or VS16, a ZWJ sequence) is one two-column picture; any other cluster
/// takes the columns of its scalars (wide characters two, combining marks none), as terminals
/// draw them. The per-scalar widths come from `UnicodeWidthTable`, generated from the Unicode
/// data files by Scripts/generate-width-table.py.
public enum DisplayWidth {
  /// The Unicode version the width table was generated from.
  public static let unicodeVersion = UnicodeWidthTable.unicodeVersion
  /// The most scalars drawn for one emoji sequence (longer ones are cut for the screen only).
  public static let maximumEmojiScalars = 16

  /// Columns taken by one Unicode scalar (0, 1 or 2); control characters count as 1
  /// because the sanitizer replaces them before they are drawn.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    if contains(UnicodeWidthTable.zeroWidth, value) { return 0 }
    return contains(UnicodeWidthTable.wide, value) ? 2 : 1
  }

  /// Columns taken by a grapheme cluster: the sum of the cells `cells(of:)` gives it.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      let width = of(scalar)
      return width == 0 && isMark(scalar) ? 1 : width
    }
    if isEmojiSequence(character) { return 2 }
    var total = 0
    var base = false
    var mark = false
    for scalar in scalars {
      let width = of(scalar)
      total += width
      base = base || width > 0
      mark = mark || isMark(scalar)
    }
    return !base && mark ? 1 : total
  }

  /// Columns taken by a string.
  public static func of(_ text: String) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// How a cluster is drawn: the text of each cell it takes and that cell's width (1 or 2).
  /// An emoji sequence is one cell of two columns, whole (up to `maximumEmojiScalars`); other
  /// clusters get a cell per visible scalar, carrying the marks that follow it (at most
  /// `Buffer.maximumScalarsPerCell` scalars; a mark with nothing before it sits on a space);
  /// a cluster of only invisible scalars takes no cell.
  public static func cells(of character: Character) -> [(symbol: String, width: Int)] {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      let width = of(scalar)
      if width > 0 { return [(String(character), width)] }
      return isMark(scalar) ? [(" " + String(character), 1)] : []
    }
    if isEmojiSequence(character) {
      return [(String(String.UnicodeScalarView(scalars.prefix(maximumEmojiScalars))), 2)]
    }
    var cells: [(symbol: String, width: Int)] = []
    var current = String.UnicodeScalarView()
    var width = 0
    var count = 0
    for scalar in scalars {
      let scalarWidth = of(scalar)
      if scalarWidth > 0 {
        if !current.isEmpty { cells.append((String(current), max(width, 1))) }
        current = String.UnicodeScalarView([scalar])
        width = scalarWidth
        count = 1
      } else if count < Buffer.maximumScalarsPerCell {
        if current.isEmpty, isMark(scalar) { current.append(" ") }
        if !current.isEmpty {
          current.append(scalar)
          count += 1
        }
      }
    }
    if !current.isEmpty { cells.append((String(current), max(width, 1))) }
    return cells
  }

  /// True for a cluster terminals draw as one emoji picture: two regional indicators (a flag),
  /// or an emoji followed by VS16, a skin tone, a ZWJ or emoji tags.
  public static func isEmojiSequence(_ character: Character) -> Bool {
    let scalars = character.unicodeScalars
    guard scalars.count > 1, let first = scalars.first else { return false }
    if isRegionalIndicator(first) {
      return scalars.dropFirst().first.map(isRegionalIndicator) ?? false
    }
    guard contains(UnicodeWidthTable.emoji, first.value) else { return false }
    return scalars.dropFirst().contains { scalar in
      switch scalar.value {
      case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: true
      default: false
      }
    }
  }

  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }

  /// A combining mark (shown on a space when nothing precedes it).
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: true
    default: false
    }
  }

  static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    guard let first = ranges.first, value >= first.lowerBound else { return false }
    var low = 0
    var high = ranges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = ranges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
