import Foundation

/// Maps instants to the night they belong to: a night runs from the boundary hour on its
/// date to the boundary hour on the next date, in the given time zone.
public struct NightCalendar: Sendable {
  /// Zone in which nights are reckoned.
  public let timeZone: TimeZone
  /// Hour (0-23) at which one night ends and the next begins; 12 means noon to noon.
  public let boundaryHour: Int
  private let calendar: Calendar

  public init(timeZone: TimeZone = .current, boundaryHour: Int = 12) {
    self.timeZone = timeZone
    self.boundaryHour = max(0, min(23, boundaryHour))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    self.calendar = calendar
  }

  /// The local calendar date of an instant.
  public func localDate(of instant: Date) -> CivilDate {
    let parts = calendar.dateComponents([.year, .month, .day], from: instant)
    return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
  }

  /// The night an instant belongs to: before the boundary hour it is the previous date's night.
  public func night(of instant: Date) -> CivilDate {
    let parts = calendar.dateComponents([.year, .month, .day, .hour], from: instant)
    let date = CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    return parts.hour! < boundaryHour ? date.adding(days: -1) : date
  }

  /// The first instant of a night (its date at the boundary hour, local time).
  public func start(of night: CivilDate) -> Date {
    instant(date: night, hour: boundaryHour, minute: 0)
  }

  /// The first instant after a night.
  public func end(of night: CivilDate) -> Date { start(of: night.adding(days: 1)) }

  /// The instant of a local wall-clock time; in a DST gap it moves forward to a real time.
  public func instant(date: CivilDate, hour: Int, minute: Int, second: Int = 0) -> Date {
    var parts = DateComponents()
    parts.year = date.year
    parts.month = date.month
    parts.day = date.day
    parts.hour = hour
    parts.minute = minute
    parts.second = second
    return calendar.date(from: parts)!
  }

  /// The instant during `night` whose local clock reads `hour:minute` (evening times on the
  /// night's date, early-morning times on the next date).
  public func instant(in night: CivilDate, hour: Int, minute: Int) -> Date {
    let date = hour < boundaryHour ? night.adding(days: 1) : night
    return instant(date: date, hour: hour, minute: minute)
  }

  /// Local hour and minute of an instant.
  public func clockTime(of instant: Date) -> (hour: Int, minute: Int) {
    let parts = calendar.dateComponents([.hour, .minute], from: instant)
    return (parts.hour!, parts.minute!)
  }

  /// Offset from UTC, in seconds, at an instant.
  public func utcOffset(at instant: Date) -> Int { timeZone.secondsFromGMT(for: instant) }
}
