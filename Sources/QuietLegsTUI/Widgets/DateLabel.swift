import QuietLegsCore

/// Formats the header's date, e.g. `Tue 14 May 2024`, independent of the process locale.
enum DateLabel {
  /// Weekday names by ISO weekday (1 = Monday).
  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  static func text(for date: CivilDate) -> String {
    "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
  }
}
