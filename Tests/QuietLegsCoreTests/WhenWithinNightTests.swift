import Foundation
import Testing

@testable import QuietLegsCore

@Suite("A time without a date stays within a given night")
struct WhenWithinNightTests {
  let nights = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, boundaryHour: 12)
  let now = instant("2026-11-22 03:10")

  @Test(
    "early-morning times fall on the morning after the night's date, evening times on its date",
    arguments: [
      ("02:30", "2026-11-10 02:30"), ("23:00", "2026-11-09 23:00"), ("11:59", "2026-11-10 11:59"),
      ("12:00", "2026-11-09 12:00"), ("now", "2026-11-22 03:10"), ("2026-11-15 01:00", "2026-11-15 01:00"),
    ])
  func timeWithinNight(text: String, expected: String) throws {
    #expect(
      try WhenParser.parse(text, within: day("2026-11-09"), now: now, nights: nights) == instant(expected))
  }

  @Test func boundaryHourIsASetting() throws {
    let early = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, boundaryHour: 6)
    let night = day("2026-11-09")
    #expect(
      try WhenParser.parse("05:00", within: night, now: now, nights: early) == instant("2026-11-10 05:00"))
    #expect(
      try WhenParser.parse("07:00", within: night, now: now, nights: early) == instant("2026-11-09 07:00"))
  }

  @Test("a time later than now in tonight's night is refused")
  func futureWithinTonightIsRefused() {
    #expect {
      try WhenParser.parse("04:00", within: day("2026-11-21"), now: now, nights: nights)
    } throws: { error in
      (error as? FieldError)?.field == "at" && (error as? FieldError)?.message.contains("future") == true
    }
  }
}
