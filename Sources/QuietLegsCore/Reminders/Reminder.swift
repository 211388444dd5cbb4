import Foundation

/// A day of the week as `remind --days` names it.
public enum Weekday: String, Sendable, CaseIterable, Comparable {
  case mon, tue, wed, thu, fri, sat, sun

  /// The name systemd's `OnCalendar=` uses (`Mon`).
  public var systemdName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  /// The number cron uses (0 is Sunday).
  public var cronNumber: Int { self == .sun ? 0 : Self.allCases.firstIndex(of: self)! + 1 }

  public static func < (a: Weekday, b: Weekday) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// The weekday of `date` in `calendar`'s time zone.
  public static func of(_ date: Date, calendar: Calendar) -> Weekday {
    // Foundation counts Sunday as 1.
    let number = calendar.component(.weekday, from: date)
    return number == 1 ? .sun : allCases[number - 2]
  }

  /// `monday`, as `--days` also accepts it.
  var fullName: String {
    CivilDate.weekdayNames[Self.allCases.firstIndex(of: self)!].lowercased()
  }
}

/// A bedtime reminder: a time of day, the days it applies on (all when empty), and the routine
/// it suggests, if any. Its id names the files or crontab line that carry it.
public struct Reminder: Sendable, Equatable {
  public var hour: Int
  public var minute: Int
  /// In week order, without repeats; empty means every day.
  public var days: [Weekday]
  public var routineId: String?

  public init(hour: Int, minute: Int, days: [Weekday] = [], routineId: String? = nil) {
    self.hour = hour
    self.minute = minute
    self.days = Array(Set(days)).sorted()
    self.routineId = routineId
  }

  /// `2230`, or `2230-bedtime-ritual` with a routine: the same time and routine is one reminder.
  public var id: String {
    String(format: "%02d%02d", hour, minute) + (routineId.map { "-" + $0 } ?? "")
  }

  /// `22:30`.
  public var timeText: String { String(format: "%02d:%02d", hour, minute) }

  /// `every day` or `mon,tue,fri`.
  public var daysText: String {
    days.isEmpty || days.count == 7 ? "every day" : days.map(\.rawValue).joined(separator: ",")
  }

  /// True when the reminder applies on `day`.
  public func applies(on day: Weekday) -> Bool { days.isEmpty || days.contains(day) }

  /// Reads `--at HH:MM` (or `10:30 pm`), `--routine ID` and `--days mon,tue,...`; each problem
  /// names its option.
  public static func parse(at: String, routine: String?, days: String?) throws(FieldError) -> Reminder {
    guard let (hour, minute) = WhenParser.clockTime(at) else {
      throw FieldError(
        field: "at", message: "'\(at)' is not a time of day; use HH:MM from 00:00 to 23:59 (or 10:30 pm)")
    }
    if let routine, !Identifier.isValid(routine) {
      throw FieldError(
        field: "routine", message: "'\(routine)' is not a routine id (see `quietlegs routines`)")
    }
    var chosen: [Weekday] = []
    if let days {
      for word in days.split(separator: ",", omittingEmptySubsequences: false) {
        let name = word.trimmingCharacters(in: .whitespaces).lowercased()
        guard let day = Weekday(rawValue: String(name.prefix(3))), name.count >= 3,
          day.rawValue == name || day.fullName == name
        else {
          throw FieldError(
            field: "days",
            message: "'\(word)' is not a day; use mon, tue, wed, thu, fri, sat, sun separated by commas")
        }
        chosen.append(day)
      }
    }
    return Reminder(hour: hour, minute: minute, days: chosen, routineId: routine)
  }

  /// The words after `quietlegs-reminder` in the marker comment of a unit or crontab line:
  /// `at=22:30 days=mon,tue routine=bedtime-ritual`, read back by `init(spec:)`.
  public var spec: String {
    var words = [
      "at=\(timeText)", "days=\(days.isEmpty ? "all" : days.map(\.rawValue).joined(separator: ","))",
    ]
    if let routineId { words.append("routine=\(routineId)") }
    return words.joined(separator: " ")
  }

  /// Reads a `spec`; nil when it is not one.
  public init?(spec: String) {
    var fields: [String: String] = [:]
    for word in spec.split(separator: " ") {
      let pair = word.split(separator: "=", maxSplits: 1)
      guard pair.count == 2 else { continue }
      fields[String(pair[0])] = String(pair[1])
    }
    guard let at = fields["at"] else { return nil }
    let days = fields["days"].flatMap { $0 == "all" ? nil : $0 }
    guard let reminder = try? Reminder.parse(at: at, routine: fields["routine"], days: days) else {
      return nil
    }
    self = reminder
  }
}

extension Reminder {
  /// The first instant after `date` at which the reminder falls due, in `calendar`'s time zone
  /// (a time in a spring-forward gap falls at the next valid instant).
  public func nextTime(after date: Date, calendar: Calendar) -> Date? {
    let today = calendar.startOfDay(for: date)
    for offset in 0...7 {
      guard let day = calendar.date(byAdding: .day, value: offset, to: today),
        let time = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day),
        time > date, applies(on: Weekday.of(day, calendar: calendar))
      else { continue }
      return time
    }
    return nil
  }
}
