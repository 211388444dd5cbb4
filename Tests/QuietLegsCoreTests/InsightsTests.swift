import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Night history and red flags")
struct InsightsTests {
  func episode(
    _ night: String, _ kind: EpisodeKind = .cramp, severity: Int = 5, duration: Int? = nil, woke: Bool = false
  ) -> Episode {
    Episode(
      kind: kind, start: Date(timeIntervalSince1970: 0), utcOffsetSeconds: 0, night: day(night),
      severity: severity, durationSeconds: duration, woke: woke)
  }

  func history(_ episodes: [Episode]) -> NightHistory {
    NightHistory(first: day("2026-10-01"), last: day("2026-11-30"), episodes: episodes)
  }

  @Test func badNightRule() {
    #expect(NightSummary(night: day("2026-11-02"), episodes: [episode("2026-11-02", .twitch)]).isBad == false)
    #expect(
      NightSummary(night: day("2026-11-02"), episodes: [episode("2026-11-02", .twitch, woke: true)]).isBad)
    #expect(
      NightSummary(night: day("2026-11-02"), episodes: [episode("2026-11-02", .rls, severity: 1)]).isBad)
    #expect(
      SeverityBand(0) == .none && SeverityBand(3) == .low && SeverityBand(6) == .mid
        && SeverityBand(7) == .high)
  }

  @Test("exactly 3 bad nights in a week raise nothing; 4 raise the flag")
  func moreThanThreeBadNights() {
    // Week of Monday 2026-11-16.
    let three = ["2026-11-16", "2026-11-18", "2026-11-20"].map { episode($0) }
    #expect(JournalRedFlags.evaluate(history(three), current: day("2026-11-22"), weekStart: .monday).isEmpty)
    let four = three + [episode("2026-11-22")]
    let flags = JournalRedFlags.evaluate(history(four), current: day("2026-11-22"), weekStart: .monday)
    #expect(flags.map(\.id) == ["bad-nights-per-week"])
    #expect(flags.first?.sources == ["nhs-rls", "nhs-leg-cramps"])
    #expect(flags.first?.urgency == .soon)
    #expect(flags.first?.rule.contains("rule of thumb") == true)
    #expect(flags.first?.advice.contains("GP") == true)
    #expect(flags.first?.detail.contains("4 bad nights") == true)
  }

  @Test("four bad nights split across two weeks raise nothing")
  func splitWeeks() {
    let nights = ["2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17"].map { episode($0) }
    #expect(JournalRedFlags.evaluate(history(nights), current: day("2026-11-22"), weekStart: .monday).isEmpty)
  }

  @Test("restless legs on two nights a week are course information, not a red flag (IRLSSG 2014)")
  func rlsTwiceAWeekIsNotATrigger() {
    let nights = ["2026-11-17", "2026-11-19"].map { episode($0, .rls, severity: 2) }
    #expect(JournalRedFlags.evaluate(history(nights), current: day("2026-11-22"), weekStart: .monday).isEmpty)
    #expect(RedFlagSigns.rlsCourse.urgency == .nextAppointment)
    #expect(RedFlagSigns.rlsCourse.detail.contains("not a diagnosis"))
  }

  @Test func longCramp() {
    let ten = [episode("2026-11-17", duration: 600)]
    #expect(JournalRedFlags.evaluate(history(ten), current: day("2026-11-22"), weekStart: .monday).isEmpty)
    let eleven = [episode("2026-11-17", duration: 660)]
    let flag = JournalRedFlags.evaluate(history(eleven), current: day("2026-11-22"), weekStart: .monday)
    #expect(flag.map(\.id) == ["long-cramp"])
    #expect(flag.first?.urgency == .sameDay)
    #expect(flag.first?.sources.contains("nhs-leg-cramps") == true)
    #expect(flag.first?.detail.contains("11m") == true)
    // Outside the four recent weeks it no longer shows.
    let old = [episode("2026-10-05", duration: 900)]
    #expect(JournalRedFlags.evaluate(history(old), current: day("2026-11-22"), weekStart: .monday).isEmpty)
  }

  @Test func weeklyCountsAndStreaks() {
    let h = NightHistory(
      first: day("2026-11-01"), last: day("2026-11-22"),
      episodes: ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-10", "2026-11-18"].map { episode($0) })
    #expect(h.weeklyBadNights(weeks: 4, endingWith: day("2026-11-22"), weekStart: .monday) == [0, 3, 1, 1])
    let s = h.streaks(upTo: day("2026-11-22"))
    #expect(s.longestBad == 3)
    #expect(s.currentGood == 4)
  }
}
