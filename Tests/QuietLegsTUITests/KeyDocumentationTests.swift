import Foundation
import Testing

@testable import QuietLegsTUI

/// docs/TUI.md lists the keys by hand; the key tables drive the program. This keeps the two in
/// step: every key of every table must appear in the section of the document about its pane.
@Suite struct KeyDocumentationTests {
  static let document: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return (try? String(contentsOf: root.appendingPathComponent("docs/TUI.md"), encoding: .utf8)) ?? ""
  }()

  /// The text of the document from `heading` to the next heading of the same or a higher level.
  static func section(_ heading: String) -> String {
    let lines = document.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: heading) else { return "" }
    let level = heading.prefix { $0 == "#" }.count
    let end =
      lines[(start + 1)...].firstIndex { line in
        let hashes = line.prefix { $0 == "#" }.count
        return hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ")
      } ?? lines.endIndex
    return lines[start..<end].joined(separator: "\n")
  }

  /// How the document writes a key.
  static func spelling(_ key: Key) -> String {
    switch key {
    case .character(" "): return "`Space`"
    case .character(let character): return "`\(character)`"
    case .control(let letter): return "`Ctrl-\(letter.uppercased())`"
    case .backTab: return "`Shift-Tab`"
    case .pageUp, .pageDown, .home, .end: return key.label
    default: return "`\(key.label)`"
    }
  }

  /// The same tables the panes dispatch with and the footer and help overlay show.
  static let sections: [(heading: String, keymaps: [KeyTable])] = [
    (
      "## Keys",
      [GlobalAction.keys.table, Movement.keys.table, HelpAction.keys.table, Answer.quitKeys.table]
    ),
    ("### 1 Calendar", CalendarPane.keyTables),
    ("### 2 Causes", CausesPane.keyTables),
    ("### 3 Routines", RoutinesPane.keyTables),
    ("### 4 Insights", InsightsPane.keyTables),
  ]

  @Test("docs/TUI.md names every key of every pane's table", arguments: sections.map(\.heading))
  func everyKeyIsDocumented(heading: String) throws {
    let text = Self.section(heading)
    try #require(!text.isEmpty, "docs/TUI.md has no section \(heading)")
    let keymaps = Self.sections.first { $0.heading == heading }?.keymaps ?? []
    for keymap in keymaps {
      for binding in keymap.rows {
        for key in binding.keys where !text.contains(Self.spelling(key)) {
          Issue.record(
            "\(heading): \(keymap.title) binds \(Self.spelling(key)) (\(binding.help)) but the section does not name it"
          )
        }
      }
    }
  }
}
