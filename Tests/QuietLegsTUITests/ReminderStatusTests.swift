import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The status line at a reminder's time while the full screen is open, and a reminder kept
/// while it was closed, with a clock the test moves.
@Suite struct ReminderStatusTests {
  typealias T = RoutineTestSupport

  /// Seconds after `Fixtures.now` (Tuesday 22:30:00 UTC) on both clocks.
  final class Elapsed: @unchecked Sendable {
    var seconds = 0.0
  }

  func model(_ services: AppServices, elapsed: Elapsed) -> AppModel {
    let panes: [any Pane] = [CalendarPane(services: services), RoutinesPane(services: services)]
    return AppModel(
      panes: panes, clock: Clock { Fixtures.now.addingTimeInterval(elapsed.seconds) },
      monotonic: MonotonicClock { Fixtures.monotonicNow + .milliseconds(Int64(elapsed.seconds * 1000)) },
      timeZone: Fixtures.utc)
  }

  func services(_ reminders: [Reminder], pending: PendingReminder? = nil) -> AppServices {
    var services = T.services()
    let box = PendingBox(pending)
    services.reminders = ReminderFeed(reminders: reminders, takePending: { box.take() })
    return services
  }

  final class PendingBox: @unchecked Sendable {
    var value: PendingReminder?
    init(_ value: PendingReminder?) { self.value = value }
    func take() -> PendingReminder? {
      defer { value = nil }
      return value
    }
  }

  func statusRow(_ model: AppModel) -> String {
    var buffer = Buffer(width: 80, height: 20)
    model.render(into: &buffer)
    return buffer.lines()[18].trimmingCharacters(in: .whitespaces)
  }

  @Test func atTheReminderTimeTheStatusLineNamesTheRoutineAndItsKeys() {
    let elapsed = Elapsed()
    var model = model(
      services([
        Reminder(hour: 22, minute: 31, routineId: "careful"), Reminder(hour: 23, minute: 0, days: [.wed]),
      ]),
      elapsed: elapsed)
    #expect(model.nextDeadline! <= Fixtures.monotonicNow, "a first look at once")
    #expect(model.update(.tick) == [])
    #expect(statusRow(model) == "")
    #expect(
      model.nextDeadline == Fixtures.monotonicNow + .seconds(60), "22:31:00, on the clock the app sleeps on")
    elapsed.seconds = 59.5
    _ = model.update(.tick)
    #expect(statusRow(model) == "", "not yet")
    elapsed.seconds = 60
    _ = model.update(.tick)
    #expect(statusRow(model) == "22:31 · bedtime reminder: 3, then Enter starts Careful soak.")
    // The keys it names work: 3, then Enter starts that routine (through its safety note).
    _ = model.update(.key(.character("3")))
    _ = model.update(.key(.enter))
    guard let pane = model.focusedPane as? RoutinesPane, case .safetyNote(let routine) = pane.screen else {
      Issue.record("expected the safety note of the reminded routine")
      return
    }
    #expect(routine.id == "careful")
    // Tuesday: the Wednesday-only 23:00 reminder is not next; tomorrow's 22:31 is.
    #expect(
      (model.panes[1] as? RoutinesPane)?.nextDeadline == Fixtures.monotonicNow + .seconds(60 + 86_400))
  }

  @Test(arguments: [false, true])
  func theSameReminderFromTheClockAndFromItsFileShowsOnce(fileFirst: Bool) {
    let elapsed = Elapsed()
    var services = services([Reminder(hour: 22, minute: 31, routineId: "quick")])
    let box = PendingBox(nil)
    services.reminders = ReminderFeed(
      reminders: [Reminder(hour: 22, minute: 31, routineId: "quick")], takePending: { box.take() })
    var model = model(services, elapsed: elapsed)
    _ = model.update(.tick)
    elapsed.seconds = 60
    let live = "22:31 · bedtime reminder: 3, then Enter starts Quick stretch."
    // `quietlegs notify` keeps the reminder (no desktop here) while the screen is open.
    box.value = PendingReminder(at: Fixtures.now.addingTimeInterval(60.2), routineId: "quick")
    if fileFirst {
      _ = model.update(.journalChanged)
      _ = model.update(.tick)
      #expect(statusRow(model) == live, "shown as a reminder now, not as one missed")
      _ = model.update(.key(.character("j")))
      _ = model.update(.tick)
      #expect(statusRow(model) == "", "the clock's own look does not show it again")
    } else {
      _ = model.update(.tick)
      #expect(statusRow(model) == live)
      _ = model.update(.key(.character("j")))
      _ = model.update(.journalChanged)
      _ = model.update(.tick)
      #expect(statusRow(model) == "", "the file's copy does not show it again")
    }
    #expect(box.value == nil, "the file was taken")
  }

  @Test func aReminderWithoutRoutineOrDuringARunSaysSo() {
    #expect(
      ReminderStatus.message(at: "22:30", routine: nil, missed: false, running: false).text
        == "22:30 · bedtime reminder: 3 shows the routines.")
    let routine = Routine(id: "x", name: "Calf stretches", steps: [RoutineStep(title: "a", seconds: 5)])
    #expect(
      ReminderStatus.message(at: "22:30", routine: routine, missed: false, running: true).text
        == "22:30 · bedtime reminder: Calf stretches, after this routine.")
  }

  @Test func aReminderKeptWhileClosedIsShownWhenTheScreenOpens() {
    let elapsed = Elapsed()
    var model = model(
      services([], pending: PendingReminder(at: Fixtures.now.addingTimeInterval(-1800), routineId: "quick")),
      elapsed: elapsed)
    _ = model.update(.tick)
    #expect(
      statusRow(model) == "22:00 reminder (while closed): 3, then Enter starts Quick stretch.")
    #expect((model.panes[1] as? RoutinesPane)?.nextDeadline == nil, "no reminders: nothing wakes the program")
  }

  @Test func withoutRemindersThePaneNeverWakes() {
    let pane = RoutinesPane(services: T.services())
    #expect(pane.nextDeadline == nil)
  }

  @Test func nextTimesFollowDaysAndTheTimeZone() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
    let tuesday = try #require(
      calendar.date(from: DateComponents(year: 2024, month: 5, day: 14, hour: 22, minute: 30)))
    let daily = Reminder(hour: 22, minute: 30)
    #expect(
      daily.nextTime(after: tuesday, calendar: calendar) == tuesday.addingTimeInterval(86_400),
      "not the same instant")
    #expect(daily.nextTime(after: tuesday - 1, calendar: calendar) == tuesday)
    let weekend = Reminder(hour: 7, minute: 0, days: [.sat])
    #expect(
      weekend.nextTime(after: tuesday, calendar: calendar)
        == calendar.date(from: DateComponents(year: 2024, month: 5, day: 18, hour: 7)))
    // The night the clocks go forward: 02:30 does not exist; it falls at 03:30.
    let beforeGap = try #require(calendar.date(from: DateComponents(year: 2024, month: 3, day: 31, hour: 1)))
    let gap = Reminder(hour: 2, minute: 30).nextTime(after: beforeGap, calendar: calendar)
    #expect(gap.map { calendar.component(.hour, from: $0) } == 3)
  }
}
