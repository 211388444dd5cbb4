import Foundation
import QuietLegsCore

/// An as-needed dose as the calendar shows it on its night: when, and which medicine.
struct NightDose: Equatable {
  let takenAt: Date
  let name: String

  /// The doses of nights `first` through `last`, by night, with their medicines' names.
  static func load(from first: CivilDate, through last: CivilDate, journal: Journal) throws(JournalError)
    -> [CivilDate: [NightDose]]
  {
    let doses = try journal.doses(from: first, through: last)
    guard !doses.isEmpty else { return [:] }
    let names = Dictionary(try journal.medicines().map { ($0.uuid, $0.name) }) { a, _ in a }
    return Dictionary(grouping: doses, by: \.night).mapValues { list in
      list.map { NightDose(takenAt: $0.takenAt, name: names[$0.medicineUUID] ?? "a medicine") }
    }
  }

  /// "Took: paracetamol 23:40, paracetamol 03:10" (`11:40 pm` on the 12-hour clock).
  static func line(_ doses: [NightDose], nights: NightCalendar, clock: ClockStyle) -> String {
    "Took: "
      + doses.map { dose in
        let time = nights.clockTime(of: dose.takenAt)
        return "\(dose.name) \(clock.text(hour: time.hour, minute: time.minute))"
      }.joined(separator: ", ")
  }
}
