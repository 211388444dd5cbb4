import Foundation
import QuietLegsCore

/// The routines pane: choose a guided routine, read its safety note, run it with a large
/// countdown and cues, and keep each finished or stopped run in the journal.
public struct RoutinesPane: Pane {
  let services: AppServices
  /// Index of the chosen routine in the list.
  var selection = 0
  /// The body's size from the last resize, where a click lands.
  var bodySize = (width: 0, height: 0)
  var screen: RoutinesMode = .list
  /// When to look again at a command started at a routine's end (to report a failure).
  var commandCheck: Duration?
  /// When the next bedtime reminder is due (ReminderFeed.swift).
  private(set) var reminderClock = ReminderClock()
  /// True while a routine is paused because the program was stopped (Ctrl-Z).
  private var pausedBySuspend = false

  /// `autostart` is the id of a routine to start at once (`quietlegs routine ID`), through its
  /// safety note if it has one.
  public init(services: AppServices, autostart: String? = nil) {
    self.services = services
    if let autostart, let index = routines.firstIndex(where: { $0.id == autostart }) {
      selection = index
      screen = Self.screenBeforeStarting(routines[index])
    }
  }

  public var id: PaneID { .routines }

  var routines: [Routine] { services.routines.routines }

  public var keyTable: KeyTable {
    switch screen {
    case .list: return Self.listKeys.table
    case .safetyNote: return Self.safetyNoteKeys.table
    case .startPending: return Self.runKeys(paused: false).table
    case .running(let active):
      return active.isAskingToStop ? Self.stopQuestionKeys.table : Self.runKeys(paused: active.isPaused).table
    case .done: return Self.doneKeys.table
    }
  }

  public var isBusy: Bool {
    switch screen {
    case .running, .startPending: return true
    case .list, .safetyNote, .done: return false
    }
  }

  /// While a routine runs: its next countdown second or the end of a flash. A pending start is
  /// due at once. Nil otherwise, so an idle or paused pane never wakes the program.
  public var nextDeadline: Duration? {
    let own: Duration?
    switch screen {
    case .startPending: own = .zero
    case .running(let active): own = active.nextDeadline
    case .list, .safetyNote, .done: own = nil
    }
    // Reminders: a first look at once, then at the next one's time.
    let reminder =
      reminderClock.needsLookNow(active: services.reminders.isActive) ? .zero : reminderClock.deadline
    return [own, commandCheck, reminder].compactMap { $0 }.min()
  }

  /// A routine still running when the program ends is saved as stopped, as `Esc` would.
  public mutating func resize(width: Int, height: Int, at now: Moment) {
    bodySize = (width, height)
  }

  public mutating func willQuit(at now: Moment) -> [Effect] {
    guard case .running(var active) = screen else { return [] }
    _ = active.advance(to: now.monotonic)
    active.isAskingToStop = false
    if active.outcome == nil { active.stop(at: now.monotonic) }
    return settle(active, at: now)
  }

  /// A running routine pauses while the program is stopped: nobody sees or hears it then.
  public mutating func willSuspend(at now: Moment) {
    guard case .running(var active) = screen, !active.isPaused else { return }
    _ = active.advance(to: now.monotonic)
    guard active.outcome == nil else { return }
    active.togglePause(at: now.monotonic)
    screen = .running(active)
    pausedBySuspend = true
  }

  /// Says that the stop paused the routine; Space carries on.
  public mutating func didResume(at now: Moment) -> [Effect] {
    guard pausedBySuspend else { return [] }
    pausedBySuspend = false
    guard case .running(let active) = screen, active.isPaused else { return [] }
    let text = "The routine was paused while QuietLegs was stopped (Ctrl-Z). Space carries on."
    return [.status(StatusMessage(text, kind: .warning))]
  }

  public mutating func tick(at now: Moment) -> [Effect] {
    var reports = lookAtReminders(at: now)
    if let check = commandCheck, check <= now.monotonic {
      commandCheck = services.signals.isRunning ? now.monotonic + .milliseconds(500) : nil
      if let problem = services.signals.problems() { reports.append(.status(problem)) }
    }
    switch screen {
    case .startPending(let routine):
      start(routine, at: now)
      return reports
    case .running(var active):
      let effects = cueEffects(active.advance(to: now.monotonic))
      return reports + effects + settle(active, at: now)
    case .list, .safetyNote, .done:
      return reports
    }
  }

  /// A kept reminder written while the screen is open (by `quietlegs notify`) is taken at once.
  public mutating func reload(at now: Moment) {
    guard reminderClock.lastLook != nil, let pending = services.reminders.takePending() else { return }
    reminderClock.waiting = ReminderClock.Waiting(pending: pending, missed: false)
  }

  // MARK: - Reminders

  /// Reminders due since the last look, and a kept one from while the screen was closed: the
  /// status line names the routine and its keys, and the list moves to it.
  private mutating func lookAtReminders(at now: Moment) -> [Effect] {
    let feed = services.reminders
    guard reminderClock.isDue(at: now.monotonic, active: feed.isActive) else { return [] }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = services.nights.timeZone
    guard
      let shown = reminderClock.look(
        at: now, reminders: feed.reminders, calendar: calendar, clock: services.settings.clock,
        takePending: feed.takePending)
    else { return [] }
    let index = shown.routineId.flatMap { id in routines.firstIndex { $0.id == id } }
    if let index, screen == .list { selection = index }
    return [
      .status(
        ReminderStatus.message(
          at: shown.time, routine: index.map { routines[$0] }, missed: shown.missed, running: isBusy))
    ]
  }
}
