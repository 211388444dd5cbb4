import QuietLegsCore

/// Breaks text into lines of at most a given display width, at spaces where possible.
public enum TextWrap {
  /// The lines of `text` wrapped to `width` columns (words longer than a line are cut).
  /// The text is sanitized first: wrapping raw text could cut an escape sequence in two, and
  /// each half would then be cleaned apart, leaving its tail (`31m`) on screen.
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in TextSanitizer.clean(text).split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = DisplayWidth.of(word)
      if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
        current += " " + word
        currentWidth += 1 + wordWidth
        continue
      }
      if currentWidth > 0 { lines.append(current) }
      while wordWidth > width {
        let (head, rest) = split(word, atWidth: width)
        lines.append(head)
        word = rest
        wordWidth = DisplayWidth.of(word)
      }
      current = word
      currentWidth = wordWidth
    }
    if currentWidth > 0 { lines.append(current) }
    return lines
  }

  /// `text` cut to `width` columns with an ellipsis when it does not fit, so a cut never looks
  /// like the end of the sentence.
  static func fitted(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(text) > width else { return text }
    return split(text, atWidth: width - 1).0 + "…"
  }

  /// Cuts `text` so the first part is at most `width` columns (and at least one character).
  static func split(_ text: String, atWidth width: Int) -> (String, String) {
    var used = 0
    var index = text.startIndex
    while index < text.endIndex {
      let next = DisplayWidth.of(text[index])
      if used + next > width, index > text.startIndex { break }
      used += next
      index = text.index(after: index)
    }
    return (String(text[..<index]), String(text[index...]))
  }
}
