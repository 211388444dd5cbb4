import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Factor comparison and the doctor's report")
struct ReportTests {
  let now = instant("2026-11-22 09:30")

  /// Three weeks of nights: caffeine on 6 nights, 4 of them bad; 3 bad nights without.
  func journal() throws -> TempJournal {
    let t = try TempJournal()
    let j = t.journal
    for d in ["01", "03", "05", "07", "09", "11"] { try j.addFactors(["caffeine-late"], night: day("2026-11-\(d)")) }
    for d in ["01", "03", "05", "07", "02", "04", "06"] {
      try j.add(EpisodeDraft(kind: .cramp, start: instant("2026-11-\(Int(d)! + 1 < 10 ? "0" : "")\(Int(d)! + 1) 03:00"), severity: 6, durationSeconds: 120),
        nights: t.nights, now: now)
    }
    return t
  }

  @Test func comparisonCountsNightsWithAndWithout() throws {
    let t = try journal()
    let first = try #require(try t.journal.firstRecordedNight())
    #expect(first == day("2026-11-01"))
    let history = NightHistory(first: first, last: day("2026-11-21"), episodes: try t.journal.allEpisodes())
    let rows = FactorComparison.compare(
      factors: EveningFactor.builtIn, marks: try t.journal.factors(from: first, through: day("2026-11-21")),
      routineNights: [], history: history, first: first, last: day("2026-11-21"))
    let caffeine = try #require(rows.first { $0.factor.id == "caffeine-late" })
    #expect(caffeine.nightsWith == 6 && caffeine.badWith == 4)
    #expect(caffeine.nightsWithout == 15 && caffeine.badWithout == 3)
    #expect(caffeine.hasEnoughNights)
    #expect(caffeine.summary.contains("67% with (4/6)"))
    let alcohol = try #require(rows.first { $0.factor.id == "alcohol" })
    #expect(alcohol.summary == "not enough nights yet (0 with, 21 without)")
  }

  @Test func markdownReportHasEverySection() throws {
    let t = try journal()
    try t.journal.setTicked("statins", true, on: day("2026-11-10"), note: "since May")
    try t.journal.addLab(LabResult(test: .ferritin, value: 48, unit: "ug/L", takenOn: day("2026-11-02")))
    let report = try DoctorReportBuilder.build(journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let text = MarkdownReport.text(report, zone: t.nights.timeZone)
    for part in ["## Nights per week", "## Episodes", "## See a doctor", "## Causes the person ticked", "since May",
      "Ferritin 48 ug/L", "## Evening factors", "Caffeine after 2 pm", "does not diagnose", "## Sources",
      "More than 3 bad nights in a week"] {
      #expect(text.contains(part), "missing \(part)")
    }
  }

  @Test func emptyJournalGivesAShortReport() throws {
    let t = try TempJournal()
    let report = try DoctorReportBuilder.build(journal: t.journal, weeks: 8, now: now, nights: t.nights, weekStart: .monday)
    let text = MarkdownReport.text(report, zone: t.nights.timeZone)
    #expect(text.contains("No episodes"))
    #expect(text.split(separator: "\n").count < 8)
  }

  @Test func htmlIsSelfContainedAndEscaped() throws {
    let t = try journal()
    try t.journal.setTicked("caffeine", true, on: day("2026-11-10"), note: "<script>alert(1)</script>")
    let report = try DoctorReportBuilder.build(journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let html = HTMLReport.text(report, zone: t.nights.timeZone)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(!html.contains("src="))
  }
}
