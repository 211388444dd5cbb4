import Foundation
import QuietLegsTUI

/// A pane with a counter moved by the movement keys, that can be busy and ask for ticks; for dispatch tests.
struct CounterPane: Pane {
  var id: PaneID = .routines
  var count = 0
  var isBusy = false
  var nextDeadline: Duration?
  var ticks: [Moment] = []
  var reloads = 0

  var keymap: Keymap {
    Keymap(
      title: "Counter",
      bindings: Keymap.movement.bindings.filter { [.moveUp, .moveDown].contains($0.action) } + [
        KeyBinding(Action("save"), keys: [.character("s")], label: "save", help: "Save the count"),
        KeyBinding(Action("fail"), keys: [.character("x")], label: "fail", help: "Report an error"),
      ])
  }

  mutating func handle(_ key: Key, at now: Moment) -> PaneResponse {
    switch keymap.action(for: key) {
    case .moveUp?: count += 1
    case .moveDown?: count -= 1
    case Action("save")?: return .handled([.status(StatusMessage("Saved.", kind: .success))])
    case Action("fail")?: return .handled([.status(StatusMessage("Could not save.", kind: .error)), .bell])
    default: return .ignored
    }
    return .handled
  }

  mutating func tick(at now: Moment) -> [Effect] {
    ticks.append(now)
    return []
  }

  mutating func reload() { reloads += 1 }

  func render(into buffer: inout Buffer, area: Rect) {
    buffer.write("Count: \(count)", x: area.x + 2, y: area.y + 1)
  }
}
