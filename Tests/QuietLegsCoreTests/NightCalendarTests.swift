import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Nights")
struct NightCalendarTests {
  let berlin = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, boundaryHour: 12)

  @Test("02:10 on the 23rd belongs to the night of the 22nd")
  func earlyMorningBelongsToPreviousNight() {
    #expect(berlin.night(of: instant("2026-11-23 02:10")) == day("2026-11-22"))
  }

  @Test("the boundary around noon and midnight")
  func noonBoundary() {
    #expect(berlin.night(of: instant("2026-11-23 11:59")) == day("2026-11-22"))
    #expect(berlin.night(of: instant("2026-11-23 12:00")) == day("2026-11-23"))
    #expect(berlin.night(of: instant("2026-11-22 23:59")) == day("2026-11-22"))
    #expect(berlin.night(of: instant("2026-11-23 00:00")) == day("2026-11-22"))
  }

  @Test("the boundary hour is a setting")
  func customBoundary() {
    let sixAM = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, boundaryHour: 6)
    #expect(sixAM.night(of: instant("2026-11-23 05:59")) == day("2026-11-22"))
    #expect(sixAM.night(of: instant("2026-11-23 07:00")) == day("2026-11-23"))
  }

  @Test("a night across the autumn DST change is 25 hours and keeps its episodes")
  func daylightSavingChange() {
    // Europe/Berlin left summer time at 03:00 on 2026-10-25.
    let night = day("2026-10-24")
    let length = berlin.end(of: night).timeIntervalSince(berlin.start(of: night))
    #expect(length == 25 * 3600)
    #expect(berlin.night(of: instant("2026-10-25 02:30")) == night)
    #expect(berlin.utcOffset(at: instant("2026-10-24 22:00")) == 7200)
    #expect(berlin.utcOffset(at: instant("2026-10-25 04:00")) == 3600)
  }

  @Test("a spring-forward night is 23 hours")
  func springForward() {
    let night = day("2026-03-28")
    #expect(berlin.end(of: night).timeIntervalSince(berlin.start(of: night)) == 23 * 3600)
  }

  @Test("clock times inside a night land on the right date")
  func instantInNight() {
    let night = day("2026-11-22")
    #expect(berlin.instant(in: night, hour: 23, minute: 30) == instant("2026-11-22 23:30"))
    #expect(berlin.instant(in: night, hour: 3, minute: 15) == instant("2026-11-23 03:15"))
  }
}

@Suite("Civil dates")
struct CivilDateTests {
  @Test func parsesAndPrints() {
    #expect(CivilDate("2026-02-29") == nil)
    #expect(CivilDate("2024-02-29")?.description == "2024-02-29")
    #expect(CivilDate("2026-1-05") == nil)
    #expect(CivilDate("abcd-ef-gh") == nil)
    // Exactly ten ASCII characters: no signs, spaces, other digits or trailing text.
    for text in [
      "+026-01-05", " 2026-01-05", "2026-01-05 ", "2026-01-0５", "２０２６-01-05", "2026/01/05", "", "2026-00-05",
    ] {
      #expect(CivilDate(text) == nil, "\(text)")
    }
    #expect(CivilDate("0001-01-01")?.year == 1)
    #expect(CivilDate("9999-12-31")?.day == 31)
  }

  @Test func arithmeticRoundTrips() {
    for n in stride(from: -800_000, to: 800_000, by: 997) {
      #expect(CivilDate(dayNumber: n).dayNumber == n)
    }
    #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
    #expect(day("2026-01-31").adding(months: 1) == day("2026-02-28"))
    #expect(day("2026-11-22").isoWeekday == 7)
    #expect(day("2026-11-22").startOfWeek(.monday) == day("2026-11-16"))
    #expect(day("2026-11-22").startOfWeek(.sunday) == day("2026-11-22"))
  }
}
