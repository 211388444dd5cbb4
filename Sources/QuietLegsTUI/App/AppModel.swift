import Foundation
import QuietLegsCore

/// The whole program's state: the panes, which one is in front, overlays and the status line.
/// `update` turns events into state changes and effects; `render` draws the state.
public struct AppModel {
  /// The smallest terminal the app draws its frame in; below it a notice asks for more room.
  public static let minimumWidth = 60
  public static let minimumHeight = 16

  public private(set) var panes: [any Pane]
  public private(set) var focusedIndex: Int
  public private(set) var status: StatusMessage?
  public private(set) var overlay: Overlay?
  /// The terminal's size from the last resize; nil until the runtime reports one.
  public private(set) var terminalSize: (width: Int, height: Int)?
  public let clock: Clock
  /// The clock timers run on.
  public let monotonic: MonotonicClock
  public let timeZone: TimeZone
  /// Calendar days in `timeZone` (a "night" boundary at midnight), made once, not per frame.
  let days: NightCalendar

  /// Starts with `panes` (at least one) and `focused` in front.
  public init(
    panes: [any Pane], focused: PaneID? = nil, clock: Clock, monotonic: MonotonicClock = .system,
    timeZone: TimeZone = .current
  ) {
    precondition(!panes.isEmpty, "the app needs at least one pane")
    self.panes = panes
    self.focusedIndex = focused.flatMap { id in panes.firstIndex { $0.id == id } } ?? 0
    self.clock = clock
    self.monotonic = monotonic
    self.timeZone = timeZone
    self.days = NightCalendar(timeZone: timeZone, boundaryHour: 0)
    self.panes[focusedIndex].willAppear(at: Moment(wall: clock.now, monotonic: monotonic.now))
  }

  /// The current time on both clocks.
  public var now: Moment { Moment(wall: clock.now, monotonic: monotonic.now) }

  /// The pane in front.
  public var focusedPane: any Pane { panes[focusedIndex] }

  /// True when any pane would lose something by quitting.
  public var isBusy: Bool { panes.contains { $0.isBusy } }

  /// The keymap the footer describes now.
  public var activeKeymaps: [KeyTable] {
    switch overlay {
    case .help: return [HelpAction.keys.table]
    case .confirmQuit: return [Answer.quitKeys.table]
    case nil:
      return focusedPane.capturesKeys
        ? [focusedPane.keyTable] : [focusedPane.keyTable, GlobalAction.keys.table]
    }
  }

  /// Shows a message until the next key.
  public mutating func showStatus(_ message: StatusMessage) {
    status = message
  }

  /// The earliest time a tick is due, on the monotonic clock: a pane's timer or the next
  /// midnight (for the header date).
  public var nextDeadline: Duration? {
    let moment = now
    let untilMidnight = nextMidnight(after: moment.wall).timeIntervalSince(moment.wall)
    let midnight = moment.monotonic + .milliseconds(Int64(max(untilMidnight, 1) * 1000))
    return (panes.compactMap(\.nextDeadline) + [midnight]).min()
  }

  /// Applies an event; returns what the runtime must do (quit, repaint, bell).
  public mutating func update(_ event: Event) -> [Effect] {
    switch event {
    case .key(let key): return handleKey(key)
    case .resize(let width, let height):
      terminalSize = (width, height)
      // Panes draw into the body, so that is the size they are told.
      let body = FrameLayout(screen: Rect(x: 0, y: 0, width: width, height: height)).body
      let moment = now
      for index in panes.indices {
        panes[index].resize(width: body.width, height: max(0, body.height), at: moment)
      }
      return []
    case .tick:
      let moment = now
      var effects: [Effect] = []
      for index in panes.indices {
        effects += panes[index].tick(at: moment)
      }
      return apply(effects)
    case .journalChanged:
      reloadPanes()
      return []
    case .suspend:
      let moment = now
      for index in panes.indices { panes[index].willSuspend(at: moment) }
      return []
    case .resume:
      let moment = now
      var effects: [Effect] = []
      for index in panes.indices { effects += panes[index].didResume(at: moment) }
      return apply(effects)
    }
  }

  /// True while the terminal is below the minimum size and only the "too small" notice shows.
  public var isTooSmall: Bool {
    guard let size = terminalSize else { return false }
    return size.width < Self.minimumWidth || size.height < Self.minimumHeight
  }

  /// Ends the program's work: panes keep what would be lost (a running routine is saved as
  /// stopped). The runtime calls it before it exits for any reason.
  public mutating func prepareToQuit() -> [Effect] {
    let moment = now
    var effects: [Effect] = []
    for index in panes.indices { effects += panes[index].willQuit(at: moment) }
    return apply(effects).filter { $0 != .quit } + [.quit]
  }

  private mutating func handleKey(_ key: Key) -> [Effect] {
    // A sequence nobody knows does nothing, not even clear the status line; a paste over the
    // help or the quit question neither answers nor closes it.
    if key == .unknown { return [] }
    if case .paste = key, overlay != nil { return [] }
    if case .mouse(let event) = key { return handleMouse(event) }
    if overlay != .confirmQuit { status = nil }
    switch overlay {
    case .help(let scroll): return handleHelpKey(key, scroll: scroll)
    case .confirmQuit: return handleConfirmKey(key)
    case nil: break
    }
    // Nothing of the panes is on screen: a key must not change what the user cannot see.
    // Only quitting and redrawing work until the terminal is big enough again.
    if isTooSmall {
      guard let action = GlobalAction.keys.action(for: key), action == .quit || action == .repaint else {
        return []
      }
      return perform(action)
    }
    if case .handled(let effects) = panes[focusedIndex].handle(key, at: now) {
      return apply(effects)
    }
    guard let action = GlobalAction.keys.action(for: key) else { return [] }
    return perform(action)
  }

  /// A click or the wheel (`mouse = true`): a click on a tab shows that pane; anything in the
  /// body goes to the pane in front, counted from the body's corner. Ignored under an overlay.
  private mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
    guard overlay == nil, !isTooSmall, let size = terminalSize else { return [] }
    let layout = FrameLayout(screen: Rect(x: 0, y: 0, width: size.width, height: size.height))
    if event.y == layout.header.y {
      guard event.isClick, let pane = header.pane(atColumn: event.x, width: layout.header.width) else {
        return []
      }
      focus(pane)
      return []
    }
    guard layout.body.contains(x: event.x, y: event.y) else { return [] }
    let inBody = event.relative(to: layout.body.x, layout.body.y)
    if case .handled(let effects) = panes[focusedIndex].handle(.mouse(inBody), at: now) {
      return apply(effects)
    }
    return []
  }

  private mutating func perform(_ action: GlobalAction) -> [Effect] {
    switch action {
    case .showCalendar: focus(.calendar)
    case .showCauses: focus(.causes)
    case .showRoutines: focus(.routines)
    case .showInsights: focus(.insights)
    case .nextPane: focus(index: (focusedIndex + 1) % panes.count)
    case .previousPane: focus(index: (focusedIndex + panes.count - 1) % panes.count)
    case .help: overlay = .help(scroll: 0)
    case .repaint: return [.repaintAll]
    case .quit:
      guard isBusy else { return prepareToQuit() }
      overlay = .confirmQuit
      status = StatusMessage(
        "A routine is running; quitting saves it as stopped. Quit anyway? (y/n)", kind: .warning)
    }
    return []
  }

  private mutating func handleHelpKey(_ key: Key, scroll: Int) -> [Effect] {
    guard let action = HelpAction.keys.action(for: key) else {
      return GlobalAction.keys.action(for: key) == .repaint ? [.repaintAll] : []
    }
    switch action {
    case .close: overlay = nil
    case .scroll(.up): overlay = .help(scroll: max(0, scroll - 1))
    case .scroll(.down): overlay = .help(scroll: min(scroll + 1, helpMaxScroll))
    case .scroll(.pageUp): overlay = .help(scroll: max(0, scroll - 10))
    case .scroll(.pageDown): overlay = .help(scroll: min(scroll + 10, helpMaxScroll))
    case .scroll(.first), .scroll(.last), .scroll(.left), .scroll(.right): break  // not bound
    }
    return []
  }

  private mutating func handleConfirmKey(_ key: Key) -> [Effect] {
    overlay = nil
    status = nil
    return Answer.quitKeys.action(for: key) == .confirm ? prepareToQuit() : []
  }

  /// Handles the effects meant for the frame; passes the rest on to the runtime.
  private mutating func apply(_ effects: [Effect]) -> [Effect] {
    var forRuntime: [Effect] = []
    for effect in effects {
      switch effect {
      case .status(let message): status = message
      case .show(let id): focus(id)
      case .journalChanged: reloadPanes()
      default: forRuntime.append(effect)
      }
    }
    return forRuntime
  }

  private mutating func reloadPanes() {
    let moment = now
    for index in panes.indices { panes[index].reload(at: moment) }
  }

  private mutating func focus(_ id: PaneID) {
    if let index = panes.firstIndex(where: { $0.id == id }) { focus(index: index) }
  }

  private mutating func focus(index: Int) {
    focusedIndex = index
    panes[index].willAppear(at: now)
  }

  /// The help overlay's content lines.
  var helpLineCount: Int { HelpOverlay.lines(for: [focusedPane.keyTable, GlobalAction.keys.table]).count }

  /// The furthest the help scrolls: its last line at the bottom of its box, so a key past the end
  /// is not counted and the first `↑` moves at once.
  var helpMaxScroll: Int {
    guard let size = terminalSize else { return helpLineCount }
    let body = FrameLayout(screen: Rect(x: 0, y: 0, width: size.width, height: size.height)).body
    let visible = max(0, min(body.height, helpLineCount + 2) - 2)
    return max(0, helpLineCount - visible)
  }

  private func nextMidnight(after date: Date) -> Date {
    days.start(of: days.localDate(of: date).adding(days: 1))
  }
}
