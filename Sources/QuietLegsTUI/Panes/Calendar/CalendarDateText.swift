import QuietLegsCore

/// Dates as the calendar writes them, independent of the process locale: `Tue 14 May`, `May 2024`.
enum CalendarDateText {
  /// Weekday names, Monday first (ISO order).
  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// `Tue 14 May`.
  static func night(_ date: CivilDate) -> String {
    "\(weekdays[date.isoWeekday - 1]) \(date.day) \(DateLabel.months[date.month - 1])"
  }

  /// `May 2024`.
  static func month(_ date: CivilDate) -> String {
    "\(monthNames[date.month - 1]) \(date.year)"
  }

  /// Two-letter weekday headings in the order of the week.
  static func weekdayHeadings(_ weekStart: WeekStart) -> [String] {
    let monday = weekdays.map { String($0.prefix(2)) }
    return weekStart == .monday ? monday : [monday[6]] + monday.prefix(6)
  }
}
