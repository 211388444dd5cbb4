import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs calendar [YYYY-MM]`: a month of nights, printed like `cal`.
struct CalendarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract: "Print a month of nights (or, with --year, twelve months), marking the nights with episodes.")

  @Argument(
    help: ArgumentHelp(
      "The month to show (default: this month); with --year, the year (default: this year).",
      valueName: "YYYY-MM|YYYY"))
  var month: String?

  @Flag(help: "Show a whole year as a heat map, one row a month.")
  var year = false

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let today = context.nights.night(of: context.now)
    if year { return try runYear(context: context, today: today) }
    var first = today.firstOfMonth
    if let month {
      guard let date = CivilDate(month + "-01") else {
        let hint = month.count == 4 && Int(month) != nil ? " (for the whole year: --year \(month))" : ""
        throw CLIError("month: '\(month)' is not a month; use YYYY-MM, e.g. 2026-11\(hint)")
      }
      first = date
    }
    let journal = try context.openJournal()
    let episodes = try cliCall { try journal.episodes(from: first, through: first.lastOfMonth) }
    var worst: [CivilDate: Int] = [:]
    for e in episodes { worst[e.night] = max(worst[e.night] ?? 0, e.severity) }
    print(
      MonthText.render(
        first: first, worst: worst, today: today, weekStart: context.settings.weekStart,
        color: Console.useColor), terminator: "")
  }

  /// `--year [YYYY]`: the heat map of one calendar year.
  func runYear(context: CommandContext, today: CivilDate) throws {
    var shown = today.year
    if let month {
      guard month.count == 4, let number = Int(month), let first = CivilDate(year: number, month: 1, day: 1)
      else {
        throw CLIError("year: '\(month)' is not a year; use YYYY, e.g. 2026")
      }
      shown = first.year
    }
    let first = CivilDate(year: shown, month: 1, day: 1)!
    let episodes = try cliCall {
      try context.openJournal().episodes(from: first, through: first.adding(days: 365))
    }
    var worst: [CivilDate: Int] = [:]
    for e in episodes where e.night.year == shown { worst[e.night] = max(worst[e.night] ?? 0, e.severity) }
    print(
      YearHeatMap.render(year: shown, worst: worst, today: today, color: Console.useColor), terminator: "")
  }
}

/// The `cal`-like month text with severity marks and a legend.
enum MonthText {
  static let marks = (low: "·", mid: "•", high: "●")

  static func render(
    first: CivilDate, worst: [CivilDate: Int], today: CivilDate, weekStart: WeekStart, color: Bool
  ) -> String {
    let title = "\(first.monthName) \(first.year)"
    let width = 7 * 4 - 1
    var out = String(repeating: " ", count: max(0, (width - title.count) / 2)) + title + "\n"
    out += CivilDate.weekdayHeadings(weekStart).joined(separator: "  ") + "\n"
    let lead = first.days(since: first.startOfWeek(weekStart))
    var cells = Array(repeating: "   ", count: lead)
    var day = first
    while day <= first.lastOfMonth {
      var number = String(day.day).leftPad(2)
      if day == today { number = Console.paint(number, "7", enabled: color) }
      var mark = " "
      if let severity = worst[day] {
        let (symbol, sgr) =
          severity >= 7 ? (marks.high, "31") : severity >= 4 ? (marks.mid, "33") : (marks.low, "32")
        mark = Console.paint(symbol, sgr, enabled: color)
      }
      cells.append(number + mark)
      day = day.adding(days: 1)
    }
    for start in stride(from: 0, to: cells.count, by: 7) {
      let row = cells[start..<min(start + 7, cells.count)]
      out +=
        row.joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        + "\n"
    }
    let nightsWith = worst.count
    out += "\n\(marks.low) mild 1-3  \(marks.mid) moderate 4-6  \(marks.high) severe 7-10"
    out += "   \(nightsWith) night\(nightsWith == 1 ? "" : "s") with episodes"
    if today.firstOfMonth == first { out += "; current night: \(today)" }
    return out + "\n"
  }
}

extension String {
  fileprivate func leftPad(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
