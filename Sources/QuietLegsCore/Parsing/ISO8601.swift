import Foundation

/// Strict ISO 8601 date-times with an offset, parsed and printed without ICU: fast, and safe
/// on any input (the fuzz tests feed it hostile text).
public enum ISO8601 {
  /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM` (or `±HHMM`).
  /// Returns the instant and the offset it was written in.
  public static func parse(_ text: String) -> (date: Date, offsetSeconds: Int)? {
    let bytes = Array(text.utf8)
    var i = 0
    func number(_ width: Int) -> Int? {
      guard i + width <= bytes.count else { return nil }
      var value = 0
      for b in bytes[i..<i + width] {
        guard b >= 48 && b <= 57 else { return nil }
        value = value * 10 + Int(b - 48)
      }
      i += width
      return value
    }
    func expect(_ c: UInt8) -> Bool {
      guard i < bytes.count, bytes[i] == c else { return false }
      i += 1
      return true
    }
    guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
      i < bytes.count, bytes[i] == 84 || bytes[i] == 116 || bytes[i] == 32
    else { return nil }
    i += 1
    guard let hour = number(2), expect(58), let minute = number(2) else { return nil }
    var second = 0
    if expect(58) {
      guard let s = number(2) else { return nil }
      second = s
      if expect(46) {
        let start = i
        while i < bytes.count, bytes[i] >= 48 && bytes[i] <= 57 { i += 1 }
        guard i > start, i - start <= 9 else { return nil }
      }
    }
    guard i < bytes.count else { return nil }
    var offset = 0
    switch bytes[i] {
    case 90, 122:  // Z z
      i += 1
    case 43, 45:  // + -
      let sign = bytes[i] == 45 ? -1 : 1
      i += 1
      guard let oh = number(2) else { return nil }
      _ = expect(58)
      guard let om = number(2), oh <= 18, om <= 59 else { return nil }
      offset = sign * (oh * 3600 + om * 60)
    default:
      return nil
    }
    guard i == bytes.count, let date = CivilDate(year: year, month: month, day: day),
      hour <= 23, minute <= 59, second <= 60
    else { return nil }
    let local = date.dayNumber * 86400 + hour * 3600 + minute * 60 + min(second, 59)
    return (Date(timeIntervalSince1970: TimeInterval(local - offset)), offset)
  }

  /// `2026-11-22T02:10:00+01:00` (or `Z` for a zero offset), whole seconds.
  public static func format(_ date: Date, offsetSeconds: Int) -> String {
    let local = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
    let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
    let secondsOfDay = local - days * 86400
    let civil = CivilDate(dayNumber: days)
    var out = civil.description + "T"
    out += two(secondsOfDay / 3600) + ":" + two(secondsOfDay / 60 % 60) + ":" + two(secondsOfDay % 60)
    if offsetSeconds == 0 { return out + "Z" }
    let magnitude = abs(offsetSeconds)
    out += offsetSeconds < 0 ? "-" : "+"
    return out + two(magnitude / 3600) + ":" + two(magnitude / 60 % 60)
  }

  private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
