import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// With `clock = "12h"` the full screen's small time texts write `11:40 pm`, not `23:40`.
@Suite struct TwelveHourClockTests {
  static let utc = NightCalendar(timeZone: Fixtures.utc, boundaryHour: 12)

  @Test func aNightsDosesAndAMedicinesLastDose() {
    let taken = Fixtures.now.addingTimeInterval(-50 * 60)  // 21:40 UTC
    let doses = [NightDose(takenAt: taken, name: "paracetamol")]
    #expect(NightDose.line(doses, nights: Self.utc, clock: .twelveHour) == "Took: paracetamol 9:40 pm")
    #expect(NightDose.line(doses, nights: Self.utc, clock: .twentyFourHour) == "Took: paracetamol 21:40")
  }

  @Test func aReminderAtItsTime() {
    var clock = ReminderClock()
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = Fixtures.utc
    let reminders = [Reminder(hour: 22, minute: 31)]
    _ = clock.look(at: Fixtures.moment, reminders: reminders, calendar: calendar, takePending: { nil })
    let later = Moment(
      wall: Fixtures.now.addingTimeInterval(60), monotonic: Fixtures.monotonicNow + .seconds(60))
    let shown = clock.look(
      at: later, reminders: reminders, calendar: calendar, clock: .twelveHour, takePending: { nil })
    #expect(shown?.time == "10:31 pm")
  }
}
