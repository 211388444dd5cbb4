import Foundation
import QuietLegsCore

/// The bedtime reminders the full screen knows of (read when first needed, after the first
/// frame), and the reminder kept while no notification could be shown (taken from its file).
public struct ReminderFeed {
  private let source: LazyValue<[Reminder]>
  /// Reads and removes the kept reminder, if any.
  let takePending: () -> PendingReminder?
  /// False for the empty feed: the pane then never wakes for reminders.
  let isActive: Bool

  public init(
    reminders: @escaping @autoclosure () -> [Reminder], takePending: @escaping () -> PendingReminder?
  ) {
    source = LazyValue(reminders)
    self.takePending = takePending
    isActive = true
  }

  private init() {
    source = LazyValue { [] }
    takePending = { nil }
    isActive = false
  }

  /// No reminders (tests, the benchmark).
  public static var none: ReminderFeed { ReminderFeed() }

  var reminders: [Reminder] { source.value }
}

/// When the next reminder falls due, on the monotonic clock the app sleeps on; which reminder
/// to show now, from the clock or from the kept-reminder file, each shown once.
struct ReminderClock: Equatable {
  /// What to show: the routine suggested, the time (`22:30`), and whether it came while closed.
  struct Shown: Equatable {
    var routineId: String?
    var time: String
    var missed: Bool
  }

  /// A kept reminder seen in its file; `missed` when it was there before the screen opened.
  struct Waiting: Equatable {
    var pending: PendingReminder
    var missed: Bool
  }

  /// The wall time of the last look; nil before the first.
  private(set) var lastLook: Date?
  /// The monotonic time of the next reminder; nil when there is none.
  private(set) var deadline: Duration?
  /// A kept reminder to show at the next look.
  var waiting: Waiting?
  /// When a reminder was last shown: the same one from the clock and from its file shows once.
  private(set) var lastShown: Date?

  /// True when a look is due at once: the first one, or a kept reminder waits.
  func needsLookNow(active: Bool) -> Bool { (lastLook == nil && active) || waiting != nil }

  /// True when a look is due at `now`.
  func isDue(at now: Duration, active: Bool) -> Bool {
    needsLookNow(active: active) || deadline.map { $0 <= now } == true
  }

  /// Looks at `now`: the reminder to show, if any, and the next deadline. `takePending` reads
  /// the kept-reminder file (at the first look only; later ones come through `waiting`). Times
  /// are written on `clock`.
  mutating func look(
    at now: Moment, reminders: [Reminder], calendar: Calendar, clock: ClockStyle = .twentyFourHour,
    takePending: () -> PendingReminder?
  ) -> Shown? {
    let due = lastLook.map { last in
      reminders.filter { $0.nextTime(after: last, calendar: calendar).map { $0 <= now.wall } ?? false }
    }
    if lastLook == nil, let pending = takePending() { waiting = Waiting(pending: pending, missed: true) }
    lastLook = now.wall
    let next = reminders.compactMap { $0.nextTime(after: now.wall, calendar: calendar) }.min()
    deadline = next.map {
      now.monotonic + .milliseconds(Int64(($0.timeIntervalSince(now.wall) * 1000).rounded(.up)))
    }
    defer { waiting = nil }
    var shown: Shown?
    if let reminder = due?.last, !shownRecently(now.wall) {
      shown = Shown(
        routineId: reminder.routineId, time: clock.text(hour: reminder.hour, minute: reminder.minute),
        missed: false)
    } else if let waiting, waiting.missed || !shownRecently(waiting.pending.at) {
      let parts = calendar.dateComponents([.hour, .minute], from: waiting.pending.at)
      let time = clock.text(hour: parts.hour ?? 0, minute: parts.minute ?? 0)
      shown = Shown(routineId: waiting.pending.routineId, time: time, missed: waiting.missed)
    }
    if shown != nil { lastShown = now.wall }
    return shown
  }

  private func shownRecently(_ date: Date) -> Bool {
    lastShown.map { abs(date.timeIntervalSince($0)) < 300 } ?? false
  }
}

/// The status line at a reminder's time, naming the keys that start its routine.
enum ReminderStatus {
  /// `at` is the reminder's time (`22:30`); `missed` when it came while the screen was closed;
  /// `routine` the routine it suggests, when known; `running` while another routine runs.
  static func message(at time: String, routine: Routine?, missed: Bool, running: Bool) -> StatusMessage {
    // The keys come first, so a narrow terminal cuts the routine's name, not them.
    let when = missed ? "\(time) reminder (while closed)" : "\(time) · bedtime reminder"
    guard let routine else { return StatusMessage("\(when): 3 shows the routines.") }
    if running { return StatusMessage("\(when): \(routine.name), after this routine.") }
    return StatusMessage("\(when): 3, then Enter starts \(routine.name).")
  }
}
