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
  /// The keys of the pane's current mode, as the footer and the help overlay show them: the
  /// `table` of the typed keymap its `handle` dispatches with.
  var keyTable: KeyTable { get }
  /// Every key table the pane has, one per mode (docs/TUI.md's test checks each is documented).
  static var keyTables: [KeyTable] { get }
  /// True while the pane takes every key (a text field or form is open): the footer then
  /// leaves out the global keys, which do not work at that moment.
  var capturesKeys: Bool { get }
  /// True while leaving would lose something (a routine is running); quitting then asks first.
  var isBusy: Bool { get }
  /// When the pane next needs a tick, on the monotonic clock (a timer, the next countdown
  /// second); nil when nothing on it changes with time.
  var nextDeadline: Duration? { get }

  /// Reacts to a key; keys the pane ignores go to the global keymap.
  mutating func handle(_ key: Key, at now: Moment) -> PaneResponse
  /// Advances time-driven state to `now`.
  mutating func tick(at now: Moment) -> [Effect]
  /// Re-reads what it shows from the journal (another terminal or another pane wrote to it).
  mutating func reload(at now: Moment)
  /// The size of the body the pane draws into (the screen less the header, status and footer
  /// rows), before the first frame and after each resize: load only what fits, and keep the
  /// layout facts keys need (a page's height), so drawing never has to write them.
  mutating func resize(width: Int, height: Int, at now: Moment)
  /// The pane comes to the front (load lazily what only this pane shows).
  mutating func willAppear(at now: Moment)
  /// The program is about to end (the user quit, or a signal): keep what would be lost, such as
  /// a routine that is running.
  mutating func willQuit(at now: Moment) -> [Effect]
  /// The program is about to be stopped (Ctrl-Z): pause what counts down.
  mutating func willSuspend(at now: Moment)
  /// The program runs again after a stop: say what the stop paused.
  mutating func didResume(at now: Moment) -> [Effect]
  /// Draws the pane into `area` of the buffer: a pure function of the pane's state (no journal
  /// reads, no writes to the pane). Time reaches a pane only as the `Moment` of each call above.
  func render(into buffer: inout Buffer, area: Rect)
}

extension Pane {
  public var title: String { id.title }
  public var isBusy: Bool { false }
  public var capturesKeys: Bool { false }
  public var nextDeadline: Duration? { nil }
  public mutating func tick(at now: Moment) -> [Effect] { [] }
  public mutating func reload(at now: Moment) {}
  public mutating func resize(width: Int, height: Int, at now: Moment) {}
  public mutating func willAppear(at now: Moment) {}
  public mutating func willQuit(at now: Moment) -> [Effect] { [] }
  public mutating func willSuspend(at now: Moment) {}
  public mutating func didResume(at now: Moment) -> [Effect] { [] }
}
