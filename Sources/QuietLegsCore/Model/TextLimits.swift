/// The longest text each free-text field holds, in characters (grapheme clusters): one limit
/// per text, checked the same way by the command line, the full screen and import. A text
/// already stored longer (from an older version) is kept whole; only new or changed text is
/// refused, with a message naming the field and the limit.
public enum TextLimits {
  /// An episode's note.
  public static let episodeNote = 2000
  /// The note on a cause of the checklist.
  public static let causeNote = 5000
  /// One "what helped" phrase.
  public static let helpedPhrase = 40
  /// How many "what helped" phrases one episode keeps.
  public static let helpedPhrases = 10
  /// The "what helped" phrases as typed in one field: every phrase at its longest, with `, `
  /// between them.
  public static let helpedText = helpedPhrases * helpedPhrase + (helpedPhrases - 1) * 2
  /// A lab value's unit as typed (`ng/mL`, `percent`).
  public static let labUnit = 12

  /// The problem when `text` is longer than `limit`, naming `field` and the limit; nil otherwise.
  public static func check(_ text: String, field: String, limit: Int, what: String) -> FieldError? {
    let count = text.count
    guard count > limit else { return nil }
    return FieldError(
      field: field,
      message: "is \(grouped(count)) characters; \(what) holds at most \(grouped(limit)); shorten it")
  }

  /// `12345` as `12,345`.
  public static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
