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

/// When the next reminder falls due, on the monotonic clock the app sleeps on, and which
/// reminders came due since the last look.
struct ReminderClock: Equatable {
  /// The wall time of the last look; nil before the first.
  private(set) var lastLook: Date?
  /// The monotonic time of the next reminder; nil when there is none.
  private(set) var deadline: Duration?

  /// Reminders due after the last look up to `now`; sets the next deadline.
  mutating func look(at now: Moment, reminders: [Reminder], calendar: Calendar) -> [Reminder] {
    let due = lastLook.map { last in
      reminders.filter { $0.nextTime(after: last, calendar: calendar).map { $0 <= now.wall } ?? false }
    }
    lastLook = now.wall
    let next = reminders.compactMap { $0.nextTime(after: now.wall, calendar: calendar) }.min()
    deadline = next.map {
      now.monotonic + .milliseconds(Int64(($0.timeIntervalSince(now.wall) * 1000).rounded(.up)))
    }
    return due ?? []
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
