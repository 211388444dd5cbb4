/// English weekday and month names, the same whatever the process locale (the program's text is
/// English): one vocabulary for the command line, the header and the calendar.
extension CivilDate {
  /// Weekday names, Monday first (ISO order, so `weekdayNames[isoWeekday - 1]`).
  public static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// Month names, January first (`monthNames[month - 1]`).
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// `Tuesday`.
  public var weekdayName: String { Self.weekdayNames[isoWeekday - 1] }

  /// `Tue`.
  public var weekdayAbbreviation: String { String(weekdayName.prefix(3)) }

  /// `September`.
  public var monthName: String { Self.monthNames[month - 1] }

  /// `Sep`.
  public var monthAbbreviation: String { String(monthName.prefix(3)) }

  /// `Tue 14 May 2024`.
  public var dayText: String { "\(weekdayAbbreviation) \(day) \(monthAbbreviation) \(year)" }

  /// Two-letter weekday headings in the order of the week: `Mo Tu ... Su` or `Su Mo ... Sa`.
  public static func weekdayHeadings(_ weekStart: WeekStart) -> [String] {
    let monday = weekdayNames.map { String($0.prefix(2)) }
    return weekStart == .monday ? monday : [monday[6]] + monday.prefix(6)
  }
}
