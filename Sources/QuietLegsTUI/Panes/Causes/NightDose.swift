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

  /// "Took: paracetamol 23:40, paracetamol 03:10".
  static func line(_ doses: [NightDose], nights: NightCalendar) -> String {
    "Took: "
      + doses.map { dose in
        let clock = nights.clockTime(of: dose.takenAt)
        return "\(dose.name) \(String(format: "%02d:%02d", clock.hour, clock.minute))"
      }.joined(separator: ", ")
  }
}
