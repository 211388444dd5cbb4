import QuietLegsCore

/// Dates as the calendar writes them, independent of the process locale: `Tue 14 May`, `May 2024`
/// (the names are the core's, on `CivilDate`).
enum CalendarDateText {
  /// `Tue 14 May`.
  static func night(_ date: CivilDate) -> String {
    "\(date.weekdayAbbreviation) \(date.day) \(date.monthAbbreviation)"
  }

  /// `May 2024`.
  static func month(_ date: CivilDate) -> String {
    "\(date.monthName) \(date.year)"
  }
}
