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
  /// The sizes the pane was told, in order.
  var sizes: [Size] = []
  /// One moment per `willAppear`, `reload` and `resize` call, in order.
  var lifecycleMoments: [Moment] = []

  /// A width and a height as `resize` tells them.
  struct Size: Equatable {
    var width: Int
    var height: Int
  }

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

  mutating func reload(at now: Moment) {
    reloads += 1
    lifecycleMoments.append(now)
  }

  mutating func resize(width: Int, height: Int, at now: Moment) {
    sizes.append(Size(width: width, height: height))
    lifecycleMoments.append(now)
  }

  mutating func willAppear(at now: Moment) { lifecycleMoments.append(now) }

  func render(into buffer: inout Buffer, area: Rect) {
    buffer.write("Count: \(count)", x: area.x + 2, y: area.y + 1)
  }
}
