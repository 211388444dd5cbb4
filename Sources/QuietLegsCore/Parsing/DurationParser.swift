/// Parses and prints episode durations such as `90s`, `5m`, `1h30m` (a bare number is minutes).
public enum DurationParser {
  /// The forms accepted, for error messages.
  public static let allowed = "a duration such as 90s, 5m or 1h30m (at most 12h)"

  /// Seconds named by `text`.
  public static func parse(_ text: String) throws(FieldError) -> Int {
    let value = text.trimmingCharacters(in: .whitespaces).lowercased()
    let failure = FieldError(field: "duration", message: "'\(text)' is not \(allowed)")
    if !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }) {
      guard value.count <= 4, let minutes = Int(value) else { throw failure }
      return try checked(minutes * 60, text: text)
    }
    var total = 0
    var digits = ""
    var lastUnitRank = 0
    for character in value {
      if character.isASCII && character.isNumber {
        digits.append(character)
        guard digits.count <= 5 else { throw failure }
        continue
      }
      let rank: Int
      let factor: Int
      switch character {
      case "h": (rank, factor) = (1, 3600)
      case "m": (rank, factor) = (2, 60)
      case "s": (rank, factor) = (3, 1)
      default: throw failure
      }
      guard let number = Int(digits), rank > lastUnitRank else { throw failure }
      total += number * factor
      digits = ""
      lastUnitRank = rank
    }
    guard digits.isEmpty, lastUnitRank > 0 else { throw failure }
    return try checked(total, text: text)
  }

  private static func checked(_ seconds: Int, text: String) throws(FieldError) -> Int {
    guard (1...EpisodeRules.maxDurationSeconds).contains(seconds) else {
      throw FieldError(
        field: "duration", message: "'\(text)' is out of range; use 1s to 12h (e.g. 90s, 5m, 1h30m)")
    }
    return seconds
  }

  /// A compact form: `45s`, `5m`, `1h30m`, `2m30s`.
  public static func format(_ seconds: Int) -> String {
    let h = seconds / 3600
    let m = (seconds % 3600) / 60
    let s = seconds % 60
    var out = ""
    if h > 0 { out += "\(h)h" }
    if m > 0 { out += "\(m)m" }
    if s > 0 || out.isEmpty { out += "\(s)s" }
    return out
  }
}
