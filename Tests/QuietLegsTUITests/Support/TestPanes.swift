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

  /// What the counter's keys do.
  enum Action: Hashable, Sendable { case up, down, save, fail }

  static let keys = Keymap<Action>(
    title: "Counter",
    bindings: [
      KeyBinding(.up, keys: [.up, .character("k")], label: "up", help: "Move up", inFooter: false),
      KeyBinding(.down, keys: [.down, .character("j")], label: "down", help: "Move down", inFooter: false),
      KeyBinding(.save, keys: [.character("s")], label: "save", help: "Save the count"),
      KeyBinding(.fail, keys: [.character("x")], label: "fail", help: "Report an error"),
    ])

  var keyTable: KeyTable { Self.keys.table }
  static var keyTables: [KeyTable] { [keys.table] }

  mutating func handle(_ key: Key, at now: Moment) -> PaneResponse {
    guard let action = Self.keys.action(for: key) else { return .ignored }
    switch action {
    case .up: count += 1
    case .down: count -= 1
    case .save: return .handled([.status(StatusMessage("Saved.", kind: .success))])
    case .fail: return .handled([.status(StatusMessage("Could not save.", kind: .error)), .bell])
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
