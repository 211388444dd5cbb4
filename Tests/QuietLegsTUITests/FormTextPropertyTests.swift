import Foundation
import PropertyBased
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The forms themselves driven with random text and editing keys, then saved: the episode
/// form's Note and the cause note keep exactly what their field showed.
@Suite("Form text properties")
struct FormTextPropertyTests {
  typealias P = TextFieldPropertyTests

  /// Keys that stay inside a field (no Enter, Esc, Tab or ↑↓, which leave it).
  static func fieldKey(kind: Int, value: Int, paste: [Int]) -> Key {
    let key = P.key(kind: kind, value: value, paste: paste)
    return [.enter, .escape, .tab, .up, .down].contains(key) ? .end : key
  }

  static let steps = zip(Gen.int(in: 0...8), Gen.int(in: 0...0x10FFFF), Gen.int(in: 0...200).array(of: 0...6))
    .array(of: 1...30)

  @Test func episodeNoteSavesWhatTheFieldShowed() async {
    await propertyCheck(count: 40, input: Self.steps) { steps in
      var harness = CalendarHarness()
      _ = harness.model.update(.key(.character("a")))
      for _ in 0..<8 { _ = harness.model.update(.key(.tab)) }
      var shown = TextField("", limit: TextLimits.episodeNote)
      for (kind, value, paste) in steps {
        let key = Self.fieldKey(kind: kind, value: value, paste: paste)
        _ = harness.model.update(.key(key))
        _ = shown.handle(key)
        _ = Fixtures.screen(harness.model, width: 80, height: 24)
      }
      _ = harness.model.update(.key(.enter))
      let saved = try? harness.journal.allEpisodes()
      #expect(saved?.count == 1)
      #expect(saved?.first?.note == shown.text)
    }
  }

  @Test func causeNoteSavesWhatTheFieldShowed() async {
    await propertyCheck(count: 40, input: Self.steps) { steps in
      let services = Fixtures.services()
      var harness = CausesHarness(services: services)
      harness.select("statins")
      harness.press(.character("N"))
      var shown = TextField("", limit: TextLimits.causeNote)
      for (kind, value, paste) in steps {
        let key = Self.fieldKey(kind: kind, value: value, paste: paste)
        harness.press(key)
        _ = shown.handle(key)
        _ = harness.screen()
      }
      harness.press(.enter)
      let note = (try? services.journal.checklist())?["statins"]?.note ?? ""
      #expect(note == shown.text.trimmingCharacters(in: .whitespaces))
    }
  }
}
