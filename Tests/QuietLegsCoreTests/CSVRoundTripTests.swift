import Foundation
import Testing

@testable import QuietLegsCore

/// The round-trip faults found in the user test (issue 16): each was wrong before the fix.
@Suite("Round trips: CSV line breaks, terminal output, Markdown, import checks")
struct RoundTripFixesTests {
  let now = instant("2026-11-23 09:00")

  @Test("a note with CR LF is quoted in CSV and imports back whole")
  func crlfNoteIsQuoted() throws {
    let source = try TempJournal()
    try source.journal.add(
      EpisodeDraft(
        kind: .cramp, start: instant("2026-11-21 23:00"), severity: 5, note: "line one\r\nline two"),
      nights: source.nights, now: now)
    let csv = String(
      decoding: try JournalExporter.data(source.journal, format: .csv, now: now), as: UTF8.self)
    #expect(csv.contains("\"line one\r\nline two\"\r\n"), "\(csv.debugDescription)")
    let target = try TempJournal()
    let bundle = try JournalImporter.bundle(
      from: Data(csv.utf8), format: .csv, nights: target.nights, now: now)
    #expect(bundle.episodes.map(\.note) == ["line one\r\nline two"])
  }

  @Test("a quote mark followed by a combining mark is doubled and read back")
  func quoteWithCombiningMark() throws {
    let note = "\"\u{301} and ,\u{301}"
    let line = CSVTable.line(["a", note])
    #expect(line == "a,\"\"\"\u{301} and ,\u{301}\"\r\n")
    #expect(try CSVTable.parse(line).map(\.fields) == [["a", note]])
  }

  @Test("CSV on a terminal keeps its line breaks and loses escape sequences")
  func visibleLines() {
    let text = "id,note\r\n1,\"a\u{1B}[2Jb\u{1B}]0;T\u{07}c\r\nnext\"\r\n2,x\n"
    let shown = VisibleLines.clean(text)
    #expect(shown == "id,note\r\n1,\"abc\r\nnext\"\r\n2,x\n", "\(shown.debugDescription)")
  }

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

  /// A minimal JSON export with `extra` spliced into its object.
  func importing(_ extra: String, episodes: String = "[]") -> Result<ImportBundle, ImportError> {
    let text = #"{"format": "quietlegs-journal", "episodes": \#(episodes)\#(extra)}"#
    return Result { () throws(ImportError) in
      try JournalImporter.bundle(
        from: Data(text.utf8), format: .json,
        nights: NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!),
        now: now, customFactors: ["late-screen"])
    }
  }

  func refusal(_ result: Result<ImportBundle, ImportError>) -> String? {
    if case .failure(let error) = result { return error.description }
    return nil
  }

  @Test("an export from a newer version is refused")
  func newerVersionRefused() {
    let message = refusal(importing(#", "version": 99"#))
    #expect(message?.contains("version: 99 is from a newer QuietLegs") == true, "\(message ?? "accepted")")
    #expect(message?.hasSuffix("nothing was imported") == true)
    #expect(refusal(importing(#", "version": 0"#))?.contains("version: 0") == true)
    #expect(refusal(importing(#", "version": 1"#)) == nil)
  }

  @Test("an unknown factor id is refused, the person's own are kept")
  func unknownFactorRefused() {
    let message = refusal(importing(#", "factors": [{"night": "2026-11-20", "factor": "bogus"}]"#))
    #expect(
      message?.contains("record 1: factors: factor: 'bogus' is unknown") == true, "\(message ?? "accepted")")
    #expect(refusal(importing(#", "factors": [{"night": "2026-11-20", "factor": "late-screen"}]"#)) == nil)
  }

  @Test("a factor night before 2000 or after tonight is refused")
  func factorNightRange() {
    let early = refusal(importing(#", "factors": [{"night": "1999-01-01", "factor": "alcohol"}]"#))
    #expect(early?.contains("night: 1999-01-01 is before the year 2000") == true, "\(early ?? "accepted")")
    let session = refusal(
      importing(
        #", "routineSessions": [{"routineId": "foot-soak", "start": "1999-05-01T21:00:00+02:00", "end": "1999-05-01T21:10:00+02:00", "completed": true}]"#
      ))
    #expect(
      session?.contains("routineSessions: start: 1999-05-01T21:00:00+02:00 is before the year 2000") == true)
    let late = refusal(importing(#", "factors": [{"night": "2026-11-24", "factor": "alcohol"}]"#))
    #expect(late?.contains("is in the future") == true, "\(late ?? "accepted")")
  }

  @Test("a malformed uuid is refused for episodes and labs")
  func malformedUUIDRefused() {
    let episode = refusal(
      importing(
        "",
        episodes:
          #"[{"uuid": "not-a-uuid", "kind": "cramp", "start": "2026-11-20T23:00:00+01:00", "severity": 5}]"#
      ))
    #expect(
      episode?.contains("record 1: episode uuid: 'not-a-uuid' is not a uuid") == true,
      "\(episode ?? "accepted")")
    let lab = refusal(
      importing(
        #", "labs": [{"uuid": "xyz", "test": "tsat", "value": 20, "unit": "%", "takenOn": "2026-11-01"}]"#))
    #expect(lab?.contains("labs: uuid: 'xyz' is not a uuid") == true, "\(lab ?? "accepted")")
    let upper = importing(
      "",
      episodes:
        #"[{"uuid": "0F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B", "kind": "cramp", "start": "2026-11-20T23:00:00+01:00", "severity": 5}]"#
    )
    #expect((try? upper.get())?.episodes.first?.uuid == "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")
  }
}
