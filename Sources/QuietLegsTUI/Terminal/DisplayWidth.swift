/// How many terminal columns text takes: wide characters take two, combining marks none.
public enum DisplayWidth {
  /// Columns taken by one Unicode scalar (0, 1 or 2); control characters count as 1
  /// because the sanitizer replaces them before they are drawn.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x300 { return 1 }
    if isZeroWidth(scalar) { return 0 }
    return isWide(value) ? 2 : 1
  }

  /// Columns taken by a grapheme: the width of its first visible scalar.
  public static func of(_ character: Character) -> Int {
    for scalar in character.unicodeScalars {
      let width = of(scalar)
      if width > 0 { return width }
    }
    return 0
  }

  /// Columns taken by a string.
  public static func of(_ text: String) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: break
    }
    let value = scalar.value
    return (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) || value == 0x200B
  }

  static func isWide(_ value: UInt32) -> Bool {
    let ranges = WideCharacterRanges.ranges
    guard value >= ranges[0].lowerBound else { return false }
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
