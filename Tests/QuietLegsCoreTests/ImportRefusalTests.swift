import Foundation
import Testing

@testable import QuietLegsCore

/// Import refuses what it cannot honour, naming the record and field.
@Suite("Import refuses newer versions, unknown factors, early nights and malformed uuids")
struct ImportRefusalTests {
  let now = instant("2026-11-23 09:00")

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
