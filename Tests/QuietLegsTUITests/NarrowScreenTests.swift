import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Every size keeps what matters: the quit and help keys, the night a red flag refers to, a
/// marker for anything cut or hidden.
@Suite("Narrow screens keep the quit key, the red flag's nights and cut marks")
struct NarrowScreenTests {
  @Test("the footer always shows q quit and ? help, at 60, 80 and 120 columns", arguments: [60, 80, 120])
  func quitAndHelpStay(width: Int) {
    var harness = CalendarHarness()
    harness.seedSpring()
    let footer = harness.screen(width: width, height: 24).split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.contains("q quit") && footer.contains("? help"), "\(width): \(footer)")
  }

  @Test(
    "the red-flag banner wraps so the week it refers to stays, at 60 and 80 columns",
    arguments: [60, 80])
  func bannerKeepsTheWeek(width: Int) {
    var harness = CalendarHarness()
    for night in ["2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"] {
      harness.log(night, 2, 0, .rls, severity: 6)
    }
    harness.model.reloadForTests()
    let banner = harness.screen(width: width, height: 24).split(separator: "\n")[1...2].joined(separator: " ")
    #expect(banner.contains("week of 2024-05-06"), "\(banner)")
  }

  @Test("a safety note too long for the screen keeps the key line and ends its cut with …")
  func safetyNoteKeepsEnterStarts() {
    var model = Fixtures.model(focused: .routines)
    _ = model.update(.resize(width: 60, height: 16))
    _ = model.update(.key(.enter))
    let text = Fixtures.screen(model, width: 60, height: 16)
    #expect(text.contains("Enter starts the routine"), "\(text)")
    #expect(text.contains("stretch barefoot or in non-slip socks."), "the whole note fits at 60x16")
    // Smaller than any screen allows: the note is cut with … and the key line stays.
    let routine = RoutineLibrary().routines.first { $0.safety != nil }!
    var buffer = Buffer(width: 60, height: 10)
    SafetyNoteView(routine: routine).render(into: &buffer, area: buffer.area)
    #expect(buffer.text().contains("…") && buffer.text().contains("Enter starts"), "\(buffer.text())")
  }

  @Test("a night list too short for every episode says how much is hidden")
  func hiddenEpisodesHaveAMarker() {
    var harness = CalendarHarness()
    for hour in [1, 2, 3, 4, 5] {
      harness.log("2024-05-13", hour, 0, severity: 5, note: "A long note that wraps over a line or two here.")
    }
    harness.model.reloadForTests()
    harness.type("hJ")
    let text = harness.screen(width: 60, height: 16)
    #expect(text.contains("↑ ") && text.contains("↓ ") && text.contains(" more"), "\(text)")
  }
}

/// Renders every pane and a few overlays and forms at 60x16, 80x24 and 100x30 and checks that no
/// word is cut without `…`: each word must also be a word of the same screen drawn 400 columns
/// wide (where nothing is cut), or end with `…`.
@Suite("No word is cut without …, at 60x16, 80x24 and 100x30")
struct CutWordTests {
  /// A screen state: how to reach it from a seeded model.
  struct Scene: CustomTestStringConvertible, Sendable {
    let name: String
    let pane: PaneID
    let keys: [Key]
    var testDescription: String { name }

    init(name: String, pane: PaneID, keys: String) {
      self.init(name: name, pane: pane, keys: keys.map { Key.character($0) })
    }

    init(name: String, pane: PaneID, keys: [Key]) {
      self.name = name
      self.pane = pane
      self.keys = keys
    }
  }

  static let scenes: [Scene] = [
    Scene(name: "calendar", pane: .calendar, keys: ""),
    Scene(name: "calendar form", pane: .calendar, keys: "a"),
    Scene(name: "calendar factors", pane: .calendar, keys: "f"),
    Scene(name: "causes", pane: .causes, keys: ""),
    Scene(name: "lab form", pane: .causes, keys: "L"),
    Scene(name: "routines", pane: .routines, keys: ""),
    Scene(name: "insights", pane: .insights, keys: ""),
    Scene(name: "help", pane: .calendar, keys: "?"),
    Scene(name: "form errors", pane: .calendar, keys: formErrorKeys),
    Scene(name: "safety note", pane: .routines, keys: [.enter]),
  ]

  /// The full form with a wrong time, severity and duration, saved: each field shows its message.
  static let formErrorKeys: [Key] = {
    func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }
    var keys: [Key] = typed("ha")
    keys += [.down, .control("u")]
    keys += typed("23:59")
    keys += [.down, .control("u")]
    keys += typed("11")
    keys += [.down, .down, .down]
    keys += typed("5 minutes")
    keys.append(.enter)
    return keys
  }()

  static func screen(_ scene: Scene, width: Int, height: Int) -> String {
    var harness = CalendarHarness()
    harness.seedSpring()
    var model = Fixtures.model(panes: Fixtures.standardPanes(harness.services), focused: scene.pane)
    _ = model.update(.resize(width: width, height: height))
    for key in scene.keys { _ = model.update(.key(key)) }
    return Fixtures.screen(model, width: width, height: height)
  }

  /// The words of a screen: runs of letters and digits (a cut shows as a run that is not a word).
  /// Words that touch a box-drawing character are left out: they are the screen under an overlay,
  /// which the overlay hides on purpose.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var touchesBox = false
    func isBox(_ character: Character) -> Bool {
      character.unicodeScalars.first.map { (0x2500...0x257F).contains($0.value) } ?? false
    }
    func finish(next: Character?) {
      if !current.isEmpty, !touchesBox, !(next.map(isBox) ?? false) { words.append(current) }
      current = ""
      touchesBox = false
    }
    var previous: Character?
    for character in text {
      if character.isLetter || character.isNumber || character == "…" || character == "'" {
        if current.isEmpty { touchesBox = previous.map(isBox) ?? false }
        current.append(character)
        if character == "…" { finish(next: nil) }
      } else {
        finish(next: character)
      }
      previous = character
    }
    finish(next: nil)
    return words
  }

  @Test("every word is whole or ends with …", arguments: scenes, [(60, 16), (80, 24), (100, 30)])
  func noCutWords(scene: Scene, size: (Int, Int)) {
    let narrow = Self.screen(scene, width: size.0, height: size.1)
    // Scroll markers (`PgDn more ↓`) show only when something is below, so not on the wide screen.
    let wide = Set(Self.words(Self.screen(scene, width: 400, height: size.1)) + ["more", "PgDn", "PgUp"])
    let cut = Self.words(narrow).filter { !$0.hasSuffix("…") && !wide.contains($0) }
    #expect(cut.isEmpty, "\(scene.name) at \(size.0)x\(size.1): \(cut)\n\(narrow)")
  }
}
