import Foundation
import Testing

@testable import QuietLegsCore

/// A factor noted long before the first episode no longer counts years of unlogged nights as
/// good ones (issue 16, the user test's F7).
@Suite("Factor comparisons start at the first episode")
struct FactorRangeTests {
  let now = instant("2026-11-22 09:30")

  func journal() throws -> TempJournal {
    let t = try TempJournal()
    for night in ["2026-11-14", "2026-11-15", "2026-11-16", "2025-06-01"] {
      try t.journal.addFactors(["alcohol"], night: day(night))
    }
    for (at, severity) in [("2026-11-14 23:00", 8), ("2026-11-17 01:00", 4), ("2026-11-18 23:00", 5)] {
      try t.journal.add(
        EpisodeDraft(kind: .cramp, start: instant(at), severity: severity), nights: t.nights, now: now)
    }
    return t
  }

  @Test("the report compares from the first episode and says which nights it covers")
  func reportStartsAtFirstEpisode() throws {
    let t = try journal()
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 104, now: now, nights: t.nights, weekStart: .monday)
    let alcohol = try #require(report.factors.first { $0.factor.id == "alcohol" })
    #expect(alcohol.nightsWith == 3 && alcohol.badWith == 2)
    #expect(alcohol.nightsWithout == 5 && alcohol.badWithout == 1, "\(alcohol)")
    #expect(report.factorNights == day("2026-11-14")...day("2026-11-21"))
    let text = MarkdownReport.text(report, zone: t.nights.timeZone)
    #expect(text.contains("Nights 2026-11-14 to 2026-11-21 (8 nights"), "\(text)")
    #expect(HTMLReport.text(report, zone: t.nights.timeZone).contains("Nights 2026-11-14 to 2026-11-21"))
  }

  @Test("a factor night before 2000 is refused by the journal itself")
  func journalRefusesEarlyNights() throws {
    let t = try TempJournal()
    #expect(throws: JournalError.self) { try t.journal.addFactors(["alcohol"], night: day("1999-01-01")) }
    #expect(try t.journal.factors(from: day("1990-01-01"), through: day("2030-01-01")).isEmpty)
    #expect(RecordDate.problem(day("2026-11-23"), field: "night", latest: day("2026-11-22")) != nil)
    #expect(RecordDate.problem(day("2000-01-01"), field: "night", latest: day("2026-11-22")) == nil)
  }
}
