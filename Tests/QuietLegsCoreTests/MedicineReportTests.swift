import Foundation
import Testing

@testable import QuietLegsCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("The report's medicines, onset and iron sections")
struct MedicineReportTests {
  let now = instant("2026-11-28 22:30")

  /// Pramipexole since June with onsets drifting from 23:00 to 20:30, oral iron since October,
  /// and ferritin before and after it.
  func journal() throws -> TempJournal {
    let t = try TempJournal()
    let today = day("2026-11-28")
    try t.journal.addMedicine(
      Medicine(
        name: "pramipexole", dose: "0.125 mg", usualTime: ClockTime("20:00"), since: day("2026-06-01")),
      today: today)
    try t.journal.addMedicine(
      Medicine(name: "oral iron", since: day("2026-10-05"), until: day("2026-11-16")), today: today)
    try t.journal.addLab(LabResult(test: .ferritin, value: 38, unit: "ng/mL", takenOn: day("2026-10-01")))
    try t.journal.addLab(LabResult(test: .ferritin, value: 81, unit: "ng/mL", takenOn: day("2026-11-20")))
    for offset in 0..<10 {
      let before = day("2026-05-04").adding(days: offset)
      try t.journal.add(
        EpisodeDraft(kind: .rls, start: t.nights.instant(in: before, hour: 23, minute: 0)), nights: t.nights,
        now: now)
      let after = day("2026-11-10").adding(days: offset)
      try t.journal.add(
        EpisodeDraft(kind: .rls, start: t.nights.instant(in: after, hour: 20, minute: 30 + offset % 3)),
        nights: t.nights, now: now)
    }
    return t
  }

  @Test func markdownWithMedicines() throws {
    let t = try journal()
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let text = MarkdownReport.text(report, zone: t.nights.timeZone)
    #expect(text.contains("| 2026-11-09 | 6 | 20:31 | `····●··········` |  |"))
    #expect(text.contains("stopped oral iron 2026-11-16"))
    #expect(
      text.contains(
        "- 2026-10-05: started oral iron\n- 2026-11-16: stopped oral iron\n- 2026-11-20: ferritin 81"))
    #expect(text.contains("**Soon: On pramipexole: restless legs now start earlier in the evening**"))
    #expect(text.contains(MedicineRules.prescriberNote))
    assertSnapshot(text, named: "report-medicines.md")
  }

  @Test func htmlWithMedicinesIsWellFormed() throws {
    let t = try journal()
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let html = HTMLReport.text(report, zone: t.nights.timeZone)
    let parser = XMLParser(data: Data(html.utf8))
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
    #expect(html.contains("aria-label=\"Median time restless legs started, by week\""))
    #expect(html.contains("<polyline"))
    #expect(html.contains("stopped oral iron 2026-11-16"))
  }
}
