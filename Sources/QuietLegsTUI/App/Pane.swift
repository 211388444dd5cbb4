import Foundation

/// What a pane did with a key: nothing (the app frame then tries its global keys), or handled it.
public enum PaneResponse: Equatable, Sendable {
  case ignored
  case handled([Effect])

  /// Handled, with no effects.
  public static let handled = PaneResponse.handled([])
}

/// A screen of the app (calendar, causes, routines): its keys, its reaction to them, and its drawing.
public protocol Pane {
  /// Which pane this is.
  var id: PaneID { get }
  /// The pane's own keys; they drive its dispatch, the footer and the help overlay.
  var keymap: Keymap { get }
  /// True while leaving would lose something (a routine is running); quitting then asks first.
  var isBusy: Bool { get }
  /// When the pane next needs a tick (an animation step, a timer); nil when nothing moves.
  var nextDeadline: Date? { get }

  /// Reacts to a key; keys the pane ignores go to the global keymap.
  mutating func handle(_ key: Key, at now: Date) -> PaneResponse
  /// Advances time-driven state to `now`.
  mutating func tick(at now: Date) -> [Effect]
  /// Draws the pane into `area` of the buffer.
  func render(into buffer: inout Buffer, area: Rect)
}

extension Pane {
  public var title: String { id.title }
  public var isBusy: Bool { false }
  public var nextDeadline: Date? { nil }
  public mutating func tick(at now: Date) -> [Effect] { [] }
}
