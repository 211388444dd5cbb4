import Foundation

/// A calendar date with no time or zone (a night is named by the date its evening falls on).
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date; returns nil when the day does not exist (e.g. 2026-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` (ASCII digits only; every night read from the journal comes this way).
  public init?(_ text: String) {
    guard let parsed = CivilDate.parse(text.utf8) else { return nil }
    self = parsed
  }

  private static func parse(_ bytes: String.UTF8View) -> CivilDate? {
    guard bytes.count == 10 else { return nil }
    var fields = (0, 0, 0)
    for (offset, byte) in bytes.enumerated() {
      switch offset {
      case 4, 7:
        guard byte == UInt8(ascii: "-") else { return nil }
      default:
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        if offset < 4 {
          fields.0 = fields.0 * 10 + digit
        } else if offset < 7 {
          fields.1 = fields.1 * 10 + digit
        } else {
          fields.2 = fields.2 * 10 + digit
        }
      }
    }
    return CivilDate(year: fields.0, month: fields.1, day: fields.2)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let y = String(year).leftPadded(to: 4)
    let m = String(month).leftPadded(to: 2)
    let d = String(day).leftPadded(to: 2)
    return "\(y)-\(m)-\(d)"
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// Number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 (negative before it).
  public var dayNumber: Int {
    // Howard Hinnant's days-from-civil algorithm.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date of a day number (days since 1970-01-01).
  public init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// This date moved by `days` (negative moves back).
  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// This date moved by whole months, keeping the day where it exists (Jan 31 + 1 month = Feb 28/29).
  public func adding(months: Int) -> CivilDate {
    let index = year * 12 + (month - 1) + months
    let newYear = index / 12
    let newMonth = index % 12 + 1
    let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
    return CivilDate(unchecked: newYear, newMonth, newDay)
  }

  /// Days from `other` to this date.
  public func days(since other: CivilDate) -> Int { dayNumber - other.dayNumber }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  public var isoWeekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The first day of this date's month.
  public var firstOfMonth: CivilDate { CivilDate(unchecked: year, month, 1) }

  /// The last day of this date's month.
  public var lastOfMonth: CivilDate {
    CivilDate(unchecked: year, month, CivilDate.daysIn(month: month, year: year))
  }

  /// The first day of the week containing this date.
  public func startOfWeek(_ weekStart: WeekStart) -> CivilDate {
    let offset: Int
    switch weekStart {
    case .monday: offset = isoWeekday - 1
    case .sunday: offset = isoWeekday % 7
    }
    return adding(days: -offset)
  }
}

extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
