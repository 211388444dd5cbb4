import Foundation
import Testing

@testable import QuietLegsCore

/// Local times around clock changes, and times shown as they were logged (issue 16).
@Suite("Clock changes and logged times")
struct ClockChangeTests {
  let berlin = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
  let now = instant("2026-11-22 09:30")

  @Test("a time skipped when clocks go forward is refused, naming the gap")
  func gapIsRefused() throws {
    #expect(
      berlin.wallClock(date: day("2026-03-29"), hour: 2, minute: 30) == .skipped(from: "02:00", to: "03:00"))
    for text in ["2026-03-29 02:30"] {
      #expect {
        try WhenParser.read(text, now: now, nights: berlin)
      } throws: { error in
        (error as? FieldError)?.message.contains(
          "does not exist in Europe/Berlin: clocks jumped from 02:00 to 03:00")
          == true
      }
    }
    #expect(throws: FieldError.self) {
      try WhenParser.read("02:30", within: day("2026-03-28"), now: now, nights: berlin)
    }
    #expect(
      try WhenParser.read("2026-03-29T02:30+01:00", now: now, nights: berlin).date
        == instant("2026-03-29 03:30"))
  }

  @Test("a time there twice when clocks go back takes the first and says so; an offset picks the second")
  func repeatedHourSaysWhichOne() throws {
    let first = try WhenParser.read("2026-10-25 02:30", now: now, nights: berlin)
    #expect(first.date == Date(timeIntervalSince1970: 1_792_888_200))
    #expect(first.note?.contains("the first was taken (02:30+02:00)") == true, "\(first.note ?? "")")
    #expect(first.note?.contains("for the second give 2026-10-25T02:30+01:00") == true)
    let second = try WhenParser.read("2026-10-25T02:30+01:00", now: now, nights: berlin)
    #expect(second.date.timeIntervalSince(first.date) == 3600 && second.note == nil)
    let within = try WhenParser.read("02:30", within: day("2026-10-24"), now: now, nights: berlin)
    #expect(within == first)
    #expect(try WhenParser.read("2026-10-25 04:00", now: now, nights: berlin).note == nil)
  }

  @Test("an episode logged at home reads its home time after moving zones, with the offset")
  func loggedTimeKeepsTheHomeClock() throws {
    let t = try TempJournal()
    let episode = try t.journal.add(
      EpisodeDraft(kind: .cramp, start: instant("2026-11-21 22:05"), severity: 5), nights: t.nights, now: now)
    let tokyo = NightCalendar(timeZone: TimeZone(identifier: "Asia/Tokyo")!)
    #expect(LoggedTime(episode, nights: tokyo).clockText == "22:05 UTC+01:00")
    #expect(LoggedTime(episode, nights: tokyo).date == day("2026-11-21"))
    #expect(LoggedTime(episode, nights: berlin).clockText == "22:05")
    // The logged clock, fixed at the episode's offset, reads the same time and night back.
    let home = tokyo.fixed(offsetSeconds: episode.utcOffsetSeconds)
    #expect(home.clockTime(of: episode.start) == (22, 5))
    #expect(home.night(of: episode.start) == episode.night && home.boundaryHour == tokyo.boundaryHour)
    #expect(home.utcOffset(at: episode.start) == 3_600)
  }
}
