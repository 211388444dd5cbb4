import QuietLegsCore

/// The numbers under the grid, worked out once per load: bad nights this week and in the last four
/// weeks, runs of nights, bad nights per week for twelve weeks, and the red flags.
struct CalendarOverview: Equatable {
  /// Weeks in the bar chart.
  static let chartWeeks = 12
  /// Weeks the red-flag rules look at.
  static let flagWeeks = 4

  var badThisWeek = 0
  var badLastFourWeeks = 0
  var longestBadRun = 0
  var currentGoodRun = 0
  /// Bad nights per week, oldest first, ending with the week of tonight.
  var weeklyBadNights: [Int] = Array(repeating: 0, count: chartWeeks)
  var redFlags: [RedFlag] = []

  init() {}

  init(history: NightHistory, tonight: CivilDate, weekStart: WeekStart) {
    weeklyBadNights = history.weeklyBadNights(
      weeks: Self.chartWeeks, endingWith: tonight, weekStart: weekStart)
    badThisWeek = weeklyBadNights.last ?? 0
    badLastFourWeeks = weeklyBadNights.suffix(Self.flagWeeks).reduce(0, +)
    (longestBadRun, currentGoodRun) = history.streaks(upTo: tonight)
    redFlags = JournalRedFlags.evaluate(
      history, current: tonight, weekStart: weekStart, weeks: Self.flagWeeks)
  }

  /// The first night the overview needs: the start of the oldest week in the chart.
  static func firstNight(tonight: CivilDate, weekStart: WeekStart) -> CivilDate {
    tonight.startOfWeek(weekStart).adding(days: -7 * (chartWeeks - 1))
  }
}
