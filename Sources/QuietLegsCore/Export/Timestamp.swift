import Foundation

/// ISO 8601 text for instants, in the UTC offset they were logged with.
public enum Timestamp {
  /// `2026-11-22T02:10:00+01:00` (or `Z` for UTC).
  public static func iso(_ date: Date, offsetSeconds: Int) -> String {
    ISO8601.format(date, offsetSeconds: offsetSeconds)
  }

  /// Parses ISO 8601 with an offset; returns the instant and the offset it was written in.
  public static func parse(_ text: String) -> (date: Date, offsetSeconds: Int)? {
    ISO8601.parse(text)
  }
}
