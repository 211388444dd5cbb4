import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Weekday and month names on CivilDate")
struct CivilDateNamesTests {
  @Test("day text matches Foundation's English date for every weekday and month over 30 years")
  func dayTextMatchesFoundation() {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "EEE d MMM yyyy"
    var date = CivilDate(year: 2000, month: 1, day: 1)!
    while date.year < 2030 {
      let noon = Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + 43_200))
      #expect(date.dayText == formatter.string(from: noon), "\(date)")
      date = date.adding(days: 13)
    }
  }

  @Test func namesAndHeadings() {
    let date = CivilDate(year: 2024, month: 9, day: 3)!
    #expect(date.weekdayName == "Tuesday" && date.weekdayAbbreviation == "Tue")
    #expect(date.monthName == "September" && date.monthAbbreviation == "Sep")
    #expect(CivilDate.weekdayHeadings(.monday).joined(separator: " ") == "Mo Tu We Th Fr Sa Su")
    #expect(CivilDate.weekdayHeadings(.sunday).joined(separator: " ") == "Su Mo Tu We Th Fr Sa")
  }

  @Test("--days accepts every full weekday name")
  func remindDaysTakeFullNames() throws {
    let reminder = try Reminder.parse(
      at: "22:30", routine: nil, days: "Monday,tuesday,WEDNESDAY,thursday,friday,saturday,sunday")
    #expect(reminder.days == Weekday.allCases)
  }
}
