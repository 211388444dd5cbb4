import Foundation
import Testing

@testable import QuietLegsCore

/// A note typed by the person reaches the doctor's report as text, never as markup.
@Suite("Report notes are escaped")
struct ReportNoteEscapingTests {
  let now = instant("2026-11-23 09:00")

  @Test("the Markdown report shows a cause note as text, never as HTML or Markdown")
  func markdownEscapesNotes() throws {
    let t = try TempJournal()
    try t.journal.setTicked(
      "caffeine", true, on: day("2026-11-10"),
      note: "<img src=x onerror=alert(1)> **bold** [link](http://x) a|b")
    let report = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let text = MarkdownReport.text(report, zone: t.nights.timeZone)
    #expect(!text.contains("<img"))
    #expect(
      text.contains(#"&lt;img src=x onerror=alert\(1\)&gt; \*\*bold\*\* \[link\]\(http://x\) a\|b"#),
      "\(text)")
    let html = HTMLReport.text(report, zone: t.nights.timeZone)
    #expect(!html.contains("<img") && html.contains("&lt;img src=x onerror=alert(1)&gt;"))
  }
}
