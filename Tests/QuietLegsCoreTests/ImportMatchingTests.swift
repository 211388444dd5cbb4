import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Import keeps every episode and refuses files that are not exports")
struct ImportMatchingTests {
  let now = instant("2026-11-23 09:00")

  /// A journal with two cramps at the same second, side and site, told apart only by uuid.
  func twins() throws -> TempJournal {
    let temp = try TempJournal()
    for (severity, note) in [(8, "first"), (3, "second")] {
      try temp.journal.add(
        EpisodeDraft(
          kind: .cramp, start: instant("2026-11-23 02:00"), severity: severity, side: .left, note: note),
        nights: temp.nights, now: now)
    }
    return temp
  }

  func importing(_ text: String, format: JournalImporter.Format, into target: TempJournal) throws
    -> ImportSummary
  {
    let bundle = try JournalImporter.bundle(
      from: Data(text.utf8), format: format, nights: target.nights, now: now)
    return try target.journal.importBundle(bundle, nights: target.nights)
  }

  /// The journal's JSON export, as text.
  func exportedJSON(_ journal: Journal) throws -> String {
    String(decoding: try JournalExporter.data(journal, format: .json, now: now), as: UTF8.self)
  }

  @Test("two episodes at the same moment with different uuids both land; a second import adds none")
  func sameMomentDifferentUUIDs() throws {
    let text = try exportedJSON(try twins().journal)
    let target = try TempJournal()
    #expect(try importing(text, format: .json, into: target) == ImportSummary(added: 2, skipped: 0))
    #expect(try importing(text, format: .json, into: target) == ImportSummary(added: 0, skipped: 2))
    #expect(try target.journal.allEpisodes().map(\.note).sorted() == ["first", "second"])
  }

  @Test("a record with a new uuid is added even when an episode has the same start, kind, side and site")
  func uuidRecordsMatchByUUIDOnly() throws {
    let target = try twins()
    let csv = """
      uuid,kind,start,severity,side
      0f1e2d3c-aaaa-bbbb-cccc-000000000001,cramp,2026-11-23T02:00:00+01:00,5,left
      """
    #expect(try importing(csv, format: .csv, into: target) == ImportSummary(added: 1, skipped: 0))
    #expect(try target.journal.episodeCount() == 3)
  }

  @Test("rows without a uuid: two in one file both land; the journal's own episodes are matched")
  func rowsWithoutUUIDMatchOnlyTheJournalBefore() throws {
    let target = try TempJournal()
    let csv = """
      kind,start,severity,side,note
      cramp,2026-11-23T02:00:00+01:00,8,left,first
      cramp,2026-11-23T02:00:00+01:00,3,left,second
      """
    #expect(try importing(csv, format: .csv, into: target) == ImportSummary(added: 2, skipped: 0))
    #expect(try importing(csv, format: .csv, into: target) == ImportSummary(added: 0, skipped: 2))
    let other = "kind,start,severity,side\ncramp,2026-11-23T02:00:00+01:00,5,right\n"
    #expect(try importing(other, format: .csv, into: target) == ImportSummary(added: 1, skipped: 0))
    #expect(try target.journal.episodeCount() == 3)
  }

  @Test(
    "JSON that is not a QuietLegs export is refused with what it holds and what is allowed",
    arguments: [
      ("{}", "no \"episodes\" list"), ("[]", "a JSON list"),
      ("{\"format\":\"quietlegs-journal\"}", "episodes"),
      ("", "empty"), ("null", "null"), ("42", "a number"),
      ("{\"format\":\"other\",\"episodes\":[]}", "format"),
    ])
  func notAnExportIsRefused(text: String, detail: String) throws {
    let target = try TempJournal()
    #expect {
      try importing(text, format: .json, into: target)
    } throws: { error in
      let message = (error as? ImportError)?.description ?? ""
      return message.contains("not a QuietLegs export") && message.contains(detail)
        && message.contains("QuietLegs JSON export or CSV from `quietlegs export`")
        && !message.contains("Expected to decode") && message.hasSuffix("nothing was imported")
    }
    #expect(try target.journal.episodeCount() == 0)
  }

  @Test("an export of an empty journal is still accepted")
  func emptyExportIsAccepted() throws {
    let text = try exportedJSON(try TempJournal().journal)
    let target = try TempJournal()
    #expect(try importing(text, format: .json, into: target) == ImportSummary(added: 0, skipped: 0))
  }

  @Test(
    "a lab value or a tick dated after today is refused, and nothing is imported",
    arguments: [
      (
        #""labs":[{"test":"ferritin","value":42,"unit":"ng/mL","takenOn":"2033-01-01"}]"#,
        "takenOn: 2033-01-01"
      ),
      (
        #""checklist":[{"causeId":"caffeine","ticked":true,"tickedOn":"2030-05-05"}]"#, "tickedOn: 2030-05-05"
      ),
    ])
  func futureDatesAreRefused(records: String, detail: String) throws {
    let target = try TempJournal()
    let text = #"{"format":"quietlegs-journal","episodes":[],"# + records + "}"
    #expect {
      try importing(text, format: .json, into: target)
    } throws: { error in
      let message = (error as? ImportError)?.description ?? ""
      return message.contains(detail) && message.contains("is in the future")
    }
    #expect(try target.journal.labs().isEmpty)
  }

  @Test("a wrong type inside an export names the field and what it must be")
  func wrongTypeNamesTheField() throws {
    let text = #"{"format":"quietlegs-journal","episodes":[{"kind":"cramp","start":"x","severity":"high"}]}"#
    #expect {
      try importing(text, format: .json, into: try TempJournal())
    } throws: { error in
      (error as? ImportError)?.description.hasPrefix("episodes[0].severity must be a number") == true
    }
  }

  @Test("a file starting with [ is read as JSON when its name says nothing")
  func bracketMeansJSON() {
    #expect(JournalImporter.Format.detect(path: "backup", data: Data(" [ ]".utf8)) == .json)
    #expect(JournalImporter.Format.detect(path: "backup", data: Data("kind,start".utf8)) == .csv)
  }
}
