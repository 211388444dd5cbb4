import Foundation

/// Parses the `--at` value of an episode: `now`, `HH:MM` (the most recent such time, or a time
/// within a given night when editing), `YYYY-MM-DD HH:MM`, or ISO 8601 (`2026-11-22T02:10:00+01:00`).
public enum WhenParser {
  /// The forms accepted, for error messages.
  public static let allowed = "now, HH:MM, YYYY-MM-DD HH:MM or ISO 8601 (2026-11-22T02:10+01:00)"

  /// The instant `text` names, relative to `now` in the zone of `nights`.
  public static func parse(_ text: String, now: Date, nights: NightCalendar) throws(FieldError)
    -> Date
  {
    let value = text.trimmingCharacters(in: .whitespaces)
    let result: Date
    if value.isEmpty {
      throw FieldError(field: "at", message: "is empty; use \(allowed)")
    } else if value.lowercased() == "now" {
      result = now
    } else if let (hour, minute) = clockTime(value) {
      let today = nights.localDate(of: now)
      var candidate = nights.instant(date: today, hour: hour, minute: minute)
      if candidate > now {
        candidate = nights.instant(date: today.adding(days: -1), hour: hour, minute: minute)
      }
      result = candidate
    } else if let date = localDateTime(value, nights: nights) {
      result = date
    } else if let date = iso8601(value) {
      result = date
    } else {
      throw FieldError(field: "at", message: "'\(text)' is not a time; use \(allowed)")
    }
    if result.timeIntervalSince(now) > EpisodeRules.futureTolerance {
      throw FieldError(field: "at", message: "'\(text)' is in the future; log now or a past time")
    }
    return result
  }

  /// The instant `text` names for an episode of `night`: a bare `HH:MM` is that time within the
  /// night (from the boundary hour: evening times on the night's date, early-morning times on the
  /// next date), as the full-screen form does; `now` and full dates and times are read as `parse`.
  public static func parse(
    _ text: String, within night: CivilDate, now: Date, nights: NightCalendar
  ) throws(FieldError) -> Date {
    let value = text.trimmingCharacters(in: .whitespaces)
    guard let (hour, minute) = clockTime(value) else {
      return try parse(text, now: now, nights: nights)
    }
    let result = nights.instant(in: night, hour: hour, minute: minute)
    if result.timeIntervalSince(now) > EpisodeRules.futureTolerance {
      throw FieldError(
        field: "at",
        message: "'\(text)' on the night of \(night) is in the future; give a past time or a date and time")
    }
    return result
  }

  /// `HH:MM` with a valid hour and minute.
  static func clockTime(_ text: String) -> (Int, Int)? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let hour = Int(parts[0]), let minute = Int(parts[1]),
      (0...23).contains(hour), (0...59).contains(minute)
    else { return nil }
    return (hour, minute)
  }

  /// `YYYY-MM-DD HH:MM` in local time.
  static func localDateTime(_ text: String, nights: NightCalendar) -> Date? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 2, let date = CivilDate(String(parts[0])),
      let (hour, minute) = clockTime(String(parts[1]))
    else { return nil }
    return nights.instant(date: date, hour: hour, minute: minute)
  }

  /// ISO 8601 with an offset or `Z`, with or without seconds.
  static func iso8601(_ text: String) -> Date? { ISO8601.parse(text)?.date }
}
