import Foundation

/// Parses the `--at` value of an episode: `now`, `HH:MM` (the most recent such time, or a time
/// within a given night when editing), `YYYY-MM-DD HH:MM`, or ISO 8601 (`2026-11-22T02:10:00+01:00`).
public enum WhenParser {
  /// The forms accepted, for error messages.
  public static let allowed =
    "now, HH:MM (or 2:10am, 2:10 pm), YYYY-MM-DD HH:MM or ISO 8601 (2026-11-22T02:10+01:00)"

  /// A time read from text: the instant, and a note when the local time was there twice (the
  /// hour repeated when clocks go back) saying which one was taken.
  public struct Reading: Sendable, Equatable {
    public var date: Date
    public var note: String?
  }

  /// The instant `text` names, relative to `now` in the zone of `nights`.
  public static func parse(
    _ text: String, now: Date, nights: NightCalendar, clock: ClockStyle = .twentyFourHour
  ) throws(FieldError) -> Date {
    try read(text, now: now, nights: nights, clock: clock).date
  }

  /// The instant `text` names, relative to `now`, with a note on a repeated local time. A local
  /// time that does not exist (skipped when clocks go forward) is refused, naming the gap. The
  /// messages write local times on `clock`.
  public static func read(
    _ text: String, now: Date, nights: NightCalendar, clock: ClockStyle = .twentyFourHour
  ) throws(FieldError) -> Reading {
    let value = text.trimmingCharacters(in: .whitespaces)
    let result: Reading
    if value.isEmpty {
      throw FieldError(field: "at", message: "is empty; use \(allowed)")
    } else if value.lowercased() == "now" {
      result = Reading(date: now)
    } else if let (hour, minute) = clockTime(value) {
      var day = nights.localDate(of: now)
      if nights.instant(date: day, hour: hour, minute: minute) > now { day = day.adding(days: -1) }
      result = try reading(
        nights.wallClock(date: day, hour: hour, minute: minute), text: text, date: day, hour: hour,
        minute: minute, nights: nights, clock: clock)
    } else if let (day, hour, minute) = localDateTime(value) {
      result = try reading(
        nights.wallClock(date: day, hour: hour, minute: minute), text: text, date: day, hour: hour,
        minute: minute, nights: nights, clock: clock)
    } else if let date = iso8601(value) {
      result = Reading(date: date)
    } else {
      throw FieldError(field: "at", message: "'\(text)' is not a time; use \(allowed)")
    }
    if result.date.timeIntervalSince(now) > EpisodeRules.futureTolerance {
      throw FieldError(field: "at", message: "'\(text)' is in the future; log now or a past time")
    }
    return result
  }

  /// The instant `text` names for an episode of `night`: a bare `HH:MM` is that time within the
  /// night (from the boundary hour: evening times on the night's date, early-morning times on the
  /// next date), as the full-screen form does; `now` and full dates and times are read as `parse`.
  public static func parse(
    _ text: String, within night: CivilDate, now: Date, nights: NightCalendar,
    clock: ClockStyle = .twentyFourHour
  ) throws(FieldError) -> Date {
    try read(text, within: night, now: now, nights: nights, clock: clock).date
  }

  /// `parse(_:within:now:nights:)` with a note on a repeated local time.
  public static func read(
    _ text: String, within night: CivilDate, now: Date, nights: NightCalendar,
    clock: ClockStyle = .twentyFourHour
  ) throws(FieldError) -> Reading {
    let value = text.trimmingCharacters(in: .whitespaces)
    guard let (hour, minute) = clockTime(value) else {
      return try read(text, now: now, nights: nights, clock: clock)
    }
    let day = hour < nights.boundaryHour ? night.adding(days: 1) : night
    let result = try reading(
      nights.wallClock(date: day, hour: hour, minute: minute), text: text, date: day, hour: hour,
      minute: minute, nights: nights, clock: clock)
    if result.date.timeIntervalSince(now) > EpisodeRules.futureTolerance {
      throw FieldError(
        field: "at",
        message: "'\(text)' on the night of \(night) is in the future; give a past time or a date and time")
    }
    return result
  }

  /// The instant of a local time that was checked against the zone's clock changes: a time that
  /// was there twice takes the first, with a note; a time that never was is refused.
  public static func reading(
    _ wall: WallClock, text: String, date: CivilDate, hour: Int, minute: Int, nights: NightCalendar,
    clock style: ClockStyle = .twentyFourHour
  ) throws(FieldError) -> Reading {
    let clock = style.text(hour: hour, minute: minute)
    let iso = String(format: "%02d:%02d", hour, minute)
    let zone = nights.timeZone.identifier
    switch wall {
    case .unique(let instant):
      return Reading(date: instant)
    case .repeated(let first, let firstOffset, _, let secondOffset):
      return Reading(
        date: first,
        note: "\(clock) on \(date) happened twice in \(zone) (clocks went back); the first was taken "
          + "(\(clock)\(style == .twentyFourHour ? "" : " UTC")\(WallClock.offsetText(firstOffset))); "
          + "for the second give "
          + "\(date)T\(iso)\(WallClock.offsetText(secondOffset))")
    case .skipped(let gapStart, let gapEnd):
      let (from, to) = (shown(gapStart, style), shown(gapEnd, style))
      throw FieldError(
        field: "at",
        message: "'\(text)' does not exist in \(zone): clocks jumped from \(from) to \(to) on \(date); "
          + "give a time before \(from) or from \(to) on")
    }
  }

  /// A `HH:MM` from `WallClock` on `style`'s clock (as given when it is not `HH:MM`).
  static func shown(_ text: String, _ style: ClockStyle) -> String {
    clockTime24(text).map { style.text(hour: $0.0, minute: $0.1) } ?? text
  }

  /// `HH:MM` with a valid hour and minute, or a 12-hour time: `2:10am`, `2:10 pm`, `12:05 AM`
  /// (hour 1-12; `12:05 am` is five past midnight).
  public static func clockTime(_ text: String) -> (Int, Int)? {
    let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
    for (suffix, offset) in [("am", 0), ("pm", 12)] where lowered.hasSuffix(suffix) {
      let clock = lowered.dropLast(2).trimmingCharacters(in: .whitespaces)
      guard let (hour, minute) = clockTime24(clock), (1...12).contains(hour) else { return nil }
      return (hour % 12 + offset, minute)
    }
    return clockTime24(lowered)
  }

  /// `HH:MM` on the 24-hour clock.
  static func clockTime24(_ text: String) -> (Int, Int)? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let hour = Int(parts[0]), let minute = Int(parts[1]),
      (0...23).contains(hour), (0...59).contains(minute)
    else { return nil }
    return (hour, minute)
  }

  /// `YYYY-MM-DD HH:MM` in local time: the date, hour and minute.
  static func localDateTime(_ text: String) -> (CivilDate, Int, Int)? {
    let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
    guard parts.count == 2, let date = CivilDate(String(parts[0])),
      let (hour, minute) = clockTime(String(parts[1]))
    else { return nil }
    return (date, hour, minute)
  }

  /// ISO 8601 with an offset or `Z`, with or without seconds.
  static func iso8601(_ text: String) -> Date? { ISO8601.parse(text)?.date }
}
