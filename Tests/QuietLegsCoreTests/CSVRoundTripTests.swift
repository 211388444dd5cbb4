import Foundation
import Testing

@testable import QuietLegsCore

/// CSV line breaks and quotes survive a round trip; CSV shown on a terminal stays harmless.
@Suite("CSV round trips and CSV on a terminal")
struct CSVRoundTripTests {
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
}
