import Foundation
import Testing

@testable import QuietLegsCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Factor comparison and the doctor's report")
struct ReportTests {
  let now = instant("2026-11-22 09:30")

  /// Three weeks of nights: caffeine on 6 nights, 4 of them bad; 3 bad nights without.
  func journal() throws -> TempJournal {
    let t = try TempJournal()
    let j = t.journal
    for d in ["01", "03", "05", "07", "09", "11"] {
      try j.addFactors(["caffeine-late"], night: day("2026-11-\(d)"))
    }
    for d in ["01", "03", "05", "07", "02", "04", "06"] {
      try j.add(
        EpisodeDraft(
          kind: .cramp, start: instant("2026-11-\(Int(d)! + 1 < 10 ? "0" : "")\(Int(d)! + 1) 03:00"),
          severity: 6, durationSeconds: 120),
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
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let text = MarkdownReport.text(report, zone: t.nights.timeZone)
    for part in [
      "## Nights per week", "## Episodes", "## See a doctor", "## Causes the person ticked", "since May",
      "Ferritin 48 ug/L", "## Evening factors", "Caffeine after midday", "does not diagnose", "## Sources",
      "More than 3 bad nights in a week",
    ] {
      #expect(text.contains(part), "missing \(part)")
    }
  }

  @Test("sources in the report are references by short name and in full, never ids, files or paths")
  func reportSourcesAreReferences() throws {
    let t = try journal()
    for cause in CauseCatalog.builtIn.causes {
      try t.journal.setTicked(cause.id, true, on: day("2026-11-10"))
    }
    try t.journal.addLab(LabResult(test: .ferritin, value: 60, unit: "ng/mL", takenOn: day("2026-11-02")))
    try t.journal.saveQuestionnaire(
      QuestionnaireResult(takenAt: now, answers: ["hard": "yes", "pain": "yes"], outcome: "cramps"))
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    for text in [
      MarkdownReport.text(report, zone: t.nights.timeZone), HTMLReport.text(report, zone: t.nights.timeZone),
    ] {
      for source in CauseCatalog.builtIn.sources {
        #expect(!text.contains(source.id), "the report shows the internal id \(source.id)")
      }
      #expect(!text.contains(".txt") && !text.contains("seeds/") && !text.contains("seed 0"))
      #expect(
        text.contains(RedFlagSigns.clot.rule) || text.contains(HTMLReport.escape(RedFlagSigns.clot.rule)))
      #expect(text.contains("Possible blood clot"))
      #expect(text.contains("emergency number"))
      #expect(text.contains("not a diagnosis"))
      #expect(text.contains("rule of thumb"))
      #expect(text.contains("chronic-persistent"))
      #expect(!text.contains(" 50 "), "the popular article's ferritin line is not drawn")
    }
    let markdown = MarkdownReport.text(report, zone: t.nights.timeZone)
    let sources = try #require(markdown.components(separatedBy: "## Sources").last)
    for source in report.sources { #expect(sources.contains(source.reference), "\(source.short)") }
    #expect(report.sources.contains { $0.id == "nhs-dvt" })
  }

  @Test func emptyJournalGivesAShortReport() throws {
    let t = try TempJournal()
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 8, now: now, nights: t.nights, weekStart: .monday)
    let text = MarkdownReport.text(report, zone: t.nights.timeZone)
    #expect(text.contains("No episodes"))
    #expect(text.split(separator: "\n").count < 8)
  }

  @Test func htmlIsSelfContainedAndEscaped() throws {
    let t = try journal()
    try t.journal.setTicked("caffeine", true, on: day("2026-11-10"), note: "<script>alert(1)</script>")
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let html = HTMLReport.text(report, zone: t.nights.timeZone)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(!html.contains("src="))
  }
}

@Suite("Report snapshots and edge cases")
struct ReportSnapshotTests {
  let now = instant("2026-11-22 09:30")

  /// A fixed journal: four weeks with cramps, RLS, factors, a routine, a tick, a lab and a questionnaire.
  func fixedJournal() throws -> TempJournal {
    let t = try TempJournal()
    let j = t.journal
    let nightsWithCramps = [
      "2026-11-02", "2026-11-03", "2026-11-05", "2026-11-06", "2026-11-10", "2026-11-17", "2026-11-18",
    ]
    for (index, night) in nightsWithCramps.enumerated() {
      let start = t.nights.instant(in: day(night), hour: 2, minute: 10 + index)
      try j.add(
        EpisodeDraft(
          kind: .cramp, start: start, severity: 3 + index % 6, side: index % 2 == 0 ? .left : .right,
          site: .calf,
          durationSeconds: 60 * (index + 1), woke: index % 3 == 0, helped: ["stretch"], note: ""),
        nights: t.nights, now: now)
    }
    for night in ["2026-11-12", "2026-11-14"] {
      try j.add(
        EpisodeDraft(kind: .rls, start: t.nights.instant(in: day(night), hour: 23, minute: 30), severity: 4),
        nights: t.nights, now: now)
    }
    for night in ["2026-11-02", "2026-11-05", "2026-11-06", "2026-11-09", "2026-11-17"] {
      try j.addFactors(["caffeine-late"], night: day(night))
    }
    try j.saveSession(
      RoutineSession(
        routineId: "foot-soak", startedAt: t.nights.instant(in: day("2026-11-11"), hour: 21, minute: 0),
        endedAt: t.nights.instant(in: day("2026-11-11"), hour: 21, minute: 18), completed: true,
        stoppedAtStep: nil),
      nights: t.nights)
    try j.setTicked("caffeine", true, on: day("2026-11-03"), note: "two cups after lunch")
    try j.addLab(LabResult(test: .ferritin, value: 64, unit: "ng/mL", takenOn: day("2026-10-20")))
    try j.saveQuestionnaire(
      QuestionnaireResult(
        takenAt: instant("2026-11-15 10:00"), answers: ["hard": "yes", "pain": "yes", "urge": "no"],
        outcome: "cramps"))
    return t
  }

  @Test func markdownSnapshot() throws {
    let t = try fixedJournal()
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    assertSnapshot(MarkdownReport.text(report, zone: t.nights.timeZone), named: "report-4-weeks.md")
  }

  @Test func htmlIsWellFormed() throws {
    let t = try fixedJournal()
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let html = HTMLReport.text(report, zone: t.nights.timeZone)
    let parser = XMLParser(data: Data(html.utf8))
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
    assertSnapshot(html, named: "report-4-weeks.html")
  }

  @Test("a factor present every night has no nights without it: not enough nights yet")
  func factorEveryNight() throws {
    let t = try TempJournal()
    for offset in 0..<14 {
      try t.journal.addFactors(["magnesium"], night: day("2026-11-08").adding(days: offset))
    }
    try t.journal.add(
      EpisodeDraft(kind: .cramp, start: instant("2026-11-10 02:00")), nights: t.nights, now: now)
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 2, now: now, nights: t.nights, weekStart: .monday)
    let magnesium = try #require(report.factors.first { $0.factor.id == "magnesium" })
    #expect(magnesium.nightsWithout == 0)
    #expect(!magnesium.hasEnoughNights)
    #expect(
      magnesium.summary == "not enough nights yet (13 with, 0 without)",
      "the two weeks start on Monday the 9th")
  }

  @Test("the 3-and-3 threshold: 3 and 3 is enough, 2 is not")
  func threshold() {
    func comparison(with: Int, without: Int) -> FactorComparison {
      FactorComparison(
        factor: EveningFactor.builtIn[0], nightsWith: with, nightsWithout: without, badWith: 1,
        badWithout: 1, meanSeverityWith: 1, meanSeverityWithout: 1)
    }
    #expect(comparison(with: 3, without: 3).hasEnoughNights)
    #expect(!comparison(with: 2, without: 30).hasEnoughNights)
    #expect(!comparison(with: 30, without: 2).hasEnoughNights)
  }
}
