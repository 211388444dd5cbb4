import Foundation

/// ISO 8601 text for instants, in the UTC offset they were logged with.
public enum Timestamp {
  /// `2026-11-22T02:10:00+01:00` (or `Z` for UTC).
  public static func iso(_ date: Date, offsetSeconds: Int) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(secondsFromGMT: offsetSeconds) ?? TimeZone(identifier: "UTC")!
    return formatter.string(from: date)
  }

  /// Parses ISO 8601 with an offset; returns the instant and the offset it was written in.
  public static func parse(_ text: String) -> (date: Date, offsetSeconds: Int)? {
    guard let date = WhenParser.iso8601(text) else { return nil }
    return (date, offset(in: text) ?? 0)
  }

  /// The `+hh:mm` / `-hh:mm` / `Z` suffix of an ISO 8601 text, in seconds.
  static func offset(in text: String) -> Int? {
    if text.hasSuffix("Z") || text.hasSuffix("z") { return 0 }
    guard text.count >= 6 else { return nil }
    let suffix = text.suffix(6)
    guard let sign = suffix.first, sign == "+" || sign == "-" else { return nil }
    let parts = suffix.dropFirst().split(separator: ":")
    guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
    return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
  }
}
