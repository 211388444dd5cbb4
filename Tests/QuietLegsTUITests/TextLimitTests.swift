import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// One limit per text, from the core, in the full screen: a stored note is never shortened by
/// opening it, and typing or pasting past the limit is refused with a counter.
@Suite struct TextLimitTests {
  @Test("opening a 5,000-character cause note and pressing Enter keeps it whole")
  func openingALongNoteKeepsIt() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    let long = String(repeating: "x", count: 5000)
    try services.journal.setTicked("iron-deficiency", true, on: CivilDate("2026-11-22")!, note: long)
    _ = harness.model.update(.journalChanged)
    harness.select("iron-deficiency")
    harness.press(.character("N"))
    #expect(harness.screen().contains("5,000/5,000"), "the counter shows the note is full")
    harness.press(.enter)
    #expect(try services.journal.checklist()["iron-deficiency"]?.note == long)
    #expect(harness.model.status?.text == "Note unchanged.")
  }

  @Test("a note stored longer than the limit by an older version is kept, and refused only when changed")
  func legacyNoteOverTheLimit() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    let legacy = String(repeating: "y", count: 6000)
    try services.journal.save(ChecklistEntry(causeId: "statins", ticked: false, tickedOn: nil, note: legacy))
    _ = harness.model.update(.journalChanged)
    harness.select("statins")
    harness.press(.character("N"), .enter)
    #expect(try services.journal.checklist()["statins"]?.note == legacy, "unchanged: not written")
    harness.press(.character("N"), .character("z"))
    #expect(harness.screen().contains("6,000/5,000"))
    harness.press(.backspace, .enter)
    #expect(harness.model.status?.text.contains("Not saved: the note is 5,999 characters") == true)
    #expect(try services.journal.checklist()["statins"]?.note == legacy)
    harness.press(.escape)
  }

  @Test(
    "typing past the limit is refused and the counter says so; a paste that does not fit is refused whole")
  func typingAtTheLimit() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.select("statins")
    harness.press(.character("N"), .paste(String(repeating: "a", count: 4999)))
    harness.type("bc")
    #expect(harness.screen().contains("5,000/5,000"))
    harness.press(.paste(" more"))
    harness.press(.enter)
    #expect(try services.journal.checklist()["statins"]?.note == String(repeating: "a", count: 4999) + "b")
  }

  @Test("the core limits: the same numbers and messages the command line and import use")
  func coreLimits() {
    #expect(ChecklistEntry.checkNote(String(repeating: "x", count: 5000)) == nil)
    #expect(
      ChecklistEntry.checkNote(String(repeating: "x", count: 5001))?.description
        == "note: is 5,001 characters; a cause note holds at most 5,000; shorten it")
    let draft = EpisodeDraft(
      kind: .cramp, start: Date(timeIntervalSince1970: 1_790_000_000), severity: 5,
      helped: (1...11).map { "item \($0)" })
    #expect(EpisodeRules.validate(draft, now: Date(timeIntervalSince1970: 1_800_000_000))?.field == "helped")
    #expect(TextLimits.helpedText >= TextLimits.helpedPhrases * TextLimits.helpedPhrase)
  }
}
