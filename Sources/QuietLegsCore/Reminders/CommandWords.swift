/// Splits a command written in a setting or an option into words, without a shell.
///
/// Rules: words are separated by spaces or tabs; `'...'` keeps everything inside as it is;
/// `"..."` keeps everything inside except that `\"` and `\\` stand for `"` and `\`; outside
/// quotes a `\` makes the next character plain. Nothing else is special: no `$VAR`, `~`, `*`,
/// `|`, `>` or `;`. A command that wants those names a shell itself: `sh -c '...'`.
public enum CommandWords {
  /// The words of `text`; an unclosed quote or a trailing `\` is refused with what went wrong.
  public static func split(_ text: String, field: String) throws(FieldError) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for character in text {
      if escaped {
        if quote == "\"", character != "\"", character != "\\" { current.append("\\") }
        current.append(character)
        escaped = false
        continue
      }
      switch (quote, character) {
      case ("'", "'"), ("\"", "\""):
        quote = nil
      case ("'", _):
        current.append(character)
      case ("\"", "\\"):
        escaped = true
      case ("\"", _):
        current.append(character)
      case (nil, "'"), (nil, "\""):
        quote = character
        inWord = true
      case (nil, "\\"):
        escaped = true
        inWord = true
      case (nil, " "), (nil, "\t"), (nil, "\n"):
        if inWord { words.append(current) }
        current = ""
        inWord = false
      default:
        current.append(character)
        inWord = true
      }
    }
    if let quote {
      throw FieldError(field: field, message: "a \(quote) quote is not closed in '\(text)'")
    }
    if escaped {
      throw FieldError(field: field, message: "'\(text)' ends with a lone \\")
    }
    if inWord { words.append(current) }
    guard !words.isEmpty else {
      throw FieldError(field: field, message: "the command is empty; give a program and its arguments")
    }
    return words
  }
}
