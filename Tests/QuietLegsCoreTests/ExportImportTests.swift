import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Export and import")
struct ExportImportTests {
  let now = instant("2026-11-23 09:00")

  func filled() throws -> TempJournal {
    let temp = try TempJournal()
    try temp.journal.add(
      EpisodeDraft(
        kind: .cramp, start: instant("2026-11-23 02:10"), severity: 8, side: .left, site: .calf,
        durationSeconds: 150, woke: true, helped: ["stretch", "walk"], note: "calf, \"locked\"\nagain"),
      nights: temp.nights, now: now)
    try temp.journal.add(
      EpisodeDraft(kind: .rls, start: instant("2026-11-20 22:40"), severity: 3), nights: temp.nights, now: now)
    return temp
  }

  @Test(arguments: [JournalImporter.Format.json, .csv])
  func roundTripIsIdempotent(format: JournalImporter.Format) throws {
    let source = try filled()
    let data = try JournalExporter.data(
      source.journal, format: format == .json ? .json : .csv, now: now)
    let target = try TempJournal()
    let episodes = try JournalImporter.episodes(from: data, format: format, nights: target.nights, now: now)
    #expect(try target.journal.importEpisodes(episodes) == ImportSummary(added: 2, skipped: 0))
    #expect(try target.journal.importEpisodes(episodes) == ImportSummary(added: 0, skipped: 2))
    let strip = { (e: Episode) -> Episode in
      var c = e
      c.id = nil
      return c
    }
    #expect(try target.journal.allEpisodes().map(strip) == source.journal.allEpisodes().map(strip))
  }

  @Test func jsonHasTheDocumentedFields() throws {
    let data = try JournalExporter.data(try filled().journal, format: .json, now: now)
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let first = (object["episodes"] as! [[String: Any]]).first!
    for key in ["id", "kind", "start", "night", "severity", "side", "site", "durationSeconds", "woke", "helped", "note"] {
      #expect(first[key] != nil, "missing \(key)")
    }
    #expect(first["start"] as? String == "2026-11-20T22:40:00+01:00")
  }

  @Test func badRecordImportsNothing() throws {
    let target = try TempJournal()
    let csv = """
      kind,start,severity
      cramp,2026-11-20T23:00:00+01:00,5
      cramp,2026-11-21T23:00:00+01:00,11
      """
    #expect {
      try JournalImporter.episodes(from: Data(csv.utf8), format: .csv, nights: target.nights, now: now)
    } throws: { error in
      (error as? ImportError)?.description.contains("severity") == true
        && (error as? ImportError)?.record == 2
    }
    #expect(try target.journal.episodeCount() == 0)
  }

  @Test func unknownCSVColumnIsNamed() {
    #expect {
      _ = try EpisodeCSV.rows(from: "kind,start,severity,mood\n")
    } throws: { error in
      (error as? ImportError)?.description.contains("mood") == true
    }
  }

  @Test func icsEscapesAndFolds() throws {
    let data = try JournalExporter.data(try filled().journal, format: .ics, now: now)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(text.contains("DTSTART:20261123T011000Z"))
    #expect(text.replacingOccurrences(of: "\r\n ", with: "").contains("calf\\, \"locked\"\\nagain"))
    for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    #expect(ICalendarWriter.escape("a;b,c\\d\u{1B}[31m") == "a\\;b\\,c\\\\d[31m")
  }

  @Test func csvQuotesAndReadsBack() throws {
    let line = CSVTable.line(["plain", "with, comma", "say \"hi\"", "two\nlines", "=SUM(A1)"])
    let parsed = try CSVTable.parse(line)
    #expect(parsed.first?.fields == ["plain", "with, comma", "say \"hi\"", "two\nlines", "'=SUM(A1)"])
    #expect(throws: CSVTable.ParseError.self) { try CSVTable.parse("a,\"open\n") }
  }
}
