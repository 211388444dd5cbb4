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
      EpisodeDraft(kind: .rls, start: instant("2026-11-20 22:40"), severity: 3), nights: temp.nights, now: now
    )
    return temp
  }

  @Test(arguments: [JournalImporter.Format.json, .csv])
  func roundTripIsIdempotent(format: JournalImporter.Format) throws {
    let source = try filled()
    let data = try JournalExporter.data(
      source.journal, format: format == .json ? .json : .csv, now: now)
    let target = try TempJournal()
    let bundle = try JournalImporter.bundle(from: data, format: format, nights: target.nights, now: now)
    #expect(
      try target.journal.importBundle(bundle, nights: target.nights) == ImportSummary(added: 2, skipped: 0))
    #expect(
      try target.journal.importBundle(bundle, nights: target.nights) == ImportSummary(added: 0, skipped: 2))
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
    for key in [
      "id", "kind", "start", "night", "severity", "side", "site", "durationSeconds", "woke", "helped", "note",
    ] {
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
      try JournalImporter.bundle(from: Data(csv.utf8), format: .csv, nights: target.nights, now: now)
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

@Suite("Full backup")
struct FullBackupTests {
  let now = instant("2026-11-23 09:00")

  @Test("every kind of record survives export and import, and a second import adds nothing")
  func everythingRoundTrips() throws {
    let source = try TempJournal()
    let j = source.journal
    try j.add(EpisodeDraft(kind: .rls, start: instant("2026-11-22 23:00")), nights: source.nights, now: now)
    try j.setTicked("iron-deficiency", true, on: day("2026-11-20"), note: "ask for ferritin")
    try j.addLab(LabResult(test: .ferritin, value: 42, unit: "ng/mL", takenOn: day("2026-11-01")))
    try j.saveSession(
      RoutineSession(
        routineId: "foot-soak", startedAt: instant("2026-11-22 21:00"), endedAt: instant("2026-11-22 21:18"),
        completed: true, stoppedAtStep: nil), nights: source.nights)
    try j.addFactors(["caffeine-late", "alcohol"], night: day("2026-11-22"))
    try j.saveQuestionnaire(
      QuestionnaireResult(
        takenAt: instant("2026-11-22 10:00"), answers: ["urge": "yes"], outcome: "maybe-rls"))

    let data = try JournalExporter.data(j, format: .json, now: now, nights: source.nights)
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    for key in ["episodes", "checklist", "labs", "routineSessions", "factors", "questionnaires"] {
      #expect((object[key] as? [Any])?.isEmpty == false, "\(key) is empty")
    }
    let target = try TempJournal()
    let bundle = try JournalImporter.bundle(from: data, format: .json, nights: target.nights, now: now)
    #expect(
      try target.journal.importBundle(bundle, nights: target.nights)
        == ImportSummary(added: 1, skipped: 0, otherAdded: 6))
    #expect(
      try target.journal.importBundle(bundle, nights: target.nights)
        == ImportSummary(added: 0, skipped: 1, otherAdded: 0))
    #expect(try target.journal.checklist()["iron-deficiency"]?.note == "ask for ferritin")
    #expect(try target.journal.labs().first?.value == 42)
    #expect(
      try target.journal.routineNights(from: day("2026-11-01"), through: day("2026-11-30")) == [
        day("2026-11-22")
      ])
    #expect(try target.journal.factors(from: day("2026-11-22"), through: day("2026-11-22")).count == 2)
    #expect(try target.journal.questionnaires().first?.outcome == "maybe-rls")
  }

  @Test func tickKeepsItsFirstDate() throws {
    let temp = try TempJournal()
    try temp.journal.setTicked("caffeine", true, on: day("2026-11-01"))
    try temp.journal.setTicked("caffeine", true, on: day("2026-11-05"), note: "two coffees")
    #expect(
      try temp.journal.checklist()["caffeine"]
        == ChecklistEntry(causeId: "caffeine", ticked: true, tickedOn: day("2026-11-01"), note: "two coffees")
    )
    try temp.journal.setTicked("caffeine", false, on: day("2026-11-06"))
    #expect(try temp.journal.checklist()["caffeine"]?.ticked == false)
    try temp.journal.save(ChecklistEntry(causeId: "caffeine", ticked: false, tickedOn: nil))
    #expect(try temp.journal.checklist()["caffeine"] == nil)
  }
}

@Suite("CSV formula guard")
struct CSVFormulaGuardTests {
  @Test(
    "notes that start like a formula, or like a guarded one, survive a round trip",
    arguments: [
      "=SUM(A1)", "'=already quoted", "-5 better", "+1", "@home", "'plain quote", "-", "=", "''=two",
    ])
  func roundTrip(note: String) throws {
    let line = CSVTable.line(["x", note])
    let parsed = try CSVTable.parse(line)
    #expect(CSVTable.removingFormulaGuard(parsed[0].fields[1]) == note)
  }
}
