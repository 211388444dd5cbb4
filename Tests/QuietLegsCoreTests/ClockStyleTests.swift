import Foundation
import Testing

@testable import QuietLegsCore

@Suite("The person's clock: 24 or 12 hours, from config.toml or the locale")
struct ClockStyleTests {
  let now = instant("2026-11-22 09:30")
  let nights = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, boundaryHour: 12)

  @Test(
    "every time of day reads on both clocks",
    arguments: [
      (0, 5, "00:05", "12:05 am"), (2, 10, "02:10", "2:10 am"), (11, 59, "11:59", "11:59 am"),
      (12, 0, "12:00", "12:00 pm"), (14, 30, "14:30", "2:30 pm"), (23, 9, "23:09", "11:09 pm"),
    ])
  func text(hour: Int, minute: Int, h24: String, h12: String) {
    #expect(ClockStyle.twentyFourHour.text(hour: hour, minute: minute) == h24)
    #expect(ClockStyle.twelveHour.text(hour: hour, minute: minute) == h12)
  }

  @Test("minutes past midnight wrap, as an RLS onset after midnight does")
  func wrapping() {
    #expect(ClockStyle.twelveHour.text(minutesAfterMidnight: 1440 + 75) == "1:15 am")
    #expect(RLSOnset.clock(21 * 60 + 30, .twelveHour) == "9:30 pm")
    #expect(RLSOnset.clock(21 * 60 + 30) == "21:30")
  }

  @Test(
    "the locale decides the clock and the week start when config.toml does not",
    arguments: [
      ("en_US.UTF-8", ClockStyle.twelveHour, WeekStart.sunday), ("en_GB.UTF-8", .twentyFourHour, .monday),
      ("en_CA", .twelveHour, .sunday), ("fr_CA.UTF-8", .twentyFourHour, .sunday),
      ("en_AU.UTF-8", .twelveHour, .monday), ("de_DE@euro", .twentyFourHour, .monday),
      ("ja_JP.UTF-8", .twentyFourHour, .sunday), ("hi_IN", .twelveHour, .sunday),
      ("C", .twentyFourHour, .monday),
      ("POSIX", .twentyFourHour, .monday), ("", .twentyFourHour, .monday),
    ])
  func locale(name: String, clock: ClockStyle, weekStart: WeekStart) {
    let defaults = LocaleDefaults(locale: name)
    #expect(defaults.clock == clock)
    #expect(defaults.weekStart == weekStart)
  }

  @Test("LC_ALL wins over LC_TIME, which wins over LANG; empty values are skipped")
  func precedence() {
    #expect(LocaleDefaults(environment: ["LANG": "en_US.UTF-8"]).clock == .twelveHour)
    #expect(
      LocaleDefaults(environment: ["LANG": "en_US.UTF-8", "LC_TIME": "en_GB.UTF-8"]).clock == .twentyFourHour)
    #expect(
      LocaleDefaults(environment: ["LC_ALL": "en_US.UTF-8", "LC_TIME": "en_GB.UTF-8"]).clock == .twelveHour)
    #expect(LocaleDefaults(environment: ["LC_ALL": "", "LANG": "en_US"]).weekStart == .sunday)
    #expect(LocaleDefaults(environment: [:]) == .standard)
  }

  @Test("config.toml's clock and week_starts win over the locale; a bad value is reported by line")
  func settings() {
    let us = LocaleDefaults(locale: "en_US.UTF-8")
    #expect(Settings.read("", file: "c", locale: us).settings.clock == .twelveHour)
    #expect(Settings.read("", file: "c", locale: us).settings.weekStart == .sunday)
    let set = Settings.read("clock = \"24h\"\nweek_starts = \"monday\"\n", file: "c", locale: us)
    #expect(set.settings.clock == .twentyFourHour)
    #expect(set.settings.weekStart == .monday)
    #expect(set.problems.isEmpty)
    let bad = Settings.read("bell = false\nclock = \"am/pm\"\n", file: "c", locale: .standard)
    #expect(bad.settings.clock == .twentyFourHour)
    #expect(bad.settings.bell == false)
    #expect(bad.problems.map(\.description) == ["c:2: clock must be \"24h\" (14:30) or \"12h\" (2:30 pm)"])
  }

  @Test(
    "--at takes 12-hour times with or without a space, in any case",
    arguments: [
      ("2:10am", "2026-11-22 02:10"), ("2:10 pm", "2026-11-21 14:10"), ("12:05 AM", "2026-11-22 00:05"),
      ("12:30pm", "2026-11-21 12:30"), ("11:40 PM", "2026-11-21 23:40"),
      ("2026-11-20 3:05 am", "2026-11-20 03:05"),
    ])
  func twelveHourInput(text: String, expected: String) throws {
    #expect(try WhenParser.parse(text, now: now, nights: nights) == instant(expected))
  }

  @Test(
    "13:00 pm, 0:30 am and am without a time are refused",
    arguments: ["13:00 pm", "0:30 am", "am", "2:10 xm"])
  func badTwelveHour(text: String) {
    #expect(throws: FieldError.self) { try WhenParser.parse(text, now: now, nights: nights) }
  }

  @Test("a time within a night takes 12-hour input too")
  func withinNight() throws {
    #expect(
      try WhenParser.parse("1:00 am", within: day("2026-11-20"), now: now, nights: nights)
        == instant("2026-11-21 01:00"))
  }

  @Test("a logged time and a medicine's usual time follow the clock")
  func loggedTime() throws {
    let episode = Episode(
      kind: .cramp, start: instant("2026-11-22 02:10"), utcOffsetSeconds: 3600, night: day("2026-11-21"),
      severity: 5)
    let logged = LoggedTime(episode, nights: nights)
    #expect(logged.clockText == "02:10")
    #expect(logged.clockText(.twelveHour) == "2:10 am")
    let medicine = Medicine(name: "iron", usualTime: ClockTime(hour: 21, minute: 0), since: day("2026-11-01"))
    #expect(MedicineText.line(medicine, clock: .twelveHour) == "iron, regular at 9:00 pm, since 2026-11-01")
  }

  @Test("the clock-change messages of --at write local times on the person's clock")
  func clockChangeMessages() throws {
    let spring = instant("2026-03-29 12:00")
    #expect {
      try WhenParser.parse("2026-03-29 2:30 am", now: spring, nights: nights, clock: .twelveHour)
    } throws: { error in
      (error as? FieldError)?.description.contains("clocks jumped from 2:00 am to 3:00 am") == true
    }
    let autumn = instant("2026-10-25 12:00")
    let reading = try WhenParser.read("2026-10-25 2:30 am", now: autumn, nights: nights, clock: .twelveHour)
    #expect(reading.note?.contains("2:30 am on 2026-10-25 happened twice") == true, "\(reading.note ?? "")")
    #expect(reading.note?.contains("(2:30 am UTC+02:00)") == true)
    #expect(reading.note?.contains("give 2026-10-25T02:30+01:00") == true, "the form to type stays ISO")
  }

  @Test("a reminder's --at takes 12-hour times; its timer keeps HH:MM")
  func reminderAt() throws {
    let reminder = try Reminder.parse(at: "10:30 pm", routine: nil, days: nil)
    #expect(reminder.timeText == "22:30")
    #expect(throws: FieldError.self) { try Reminder.parse(at: "13:30 pm", routine: nil, days: nil) }
  }
}
