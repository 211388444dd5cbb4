import Foundation
import GRDB

/// A medicine in the JSON backup (`medicines` array), with the logged doses of an as-needed one.
public struct MedicineJSON: Codable, Sendable, Equatable {
  public var uuid: String
  public var name: String
  public var dose: String?
  /// `regular` or `as-needed`.
  public var schedule: String
  /// Usual time of a regular medicine, `HH:MM`.
  public var at: String?
  public var since: String
  public var until: String?
  public var note: String?
  public var doses: [MedicineDoseJSON]?

  /// The medicine and its doses as written to a backup.
  public init(_ medicine: Medicine, doses: [MedicineDose]) {
    uuid = medicine.uuid
    name = medicine.name
    dose = medicine.dose.isEmpty ? nil : medicine.dose
    schedule = medicine.asNeeded ? "as-needed" : "regular"
    at = medicine.usualTime?.description
    since = medicine.since.description
    until = medicine.until?.description
    note = medicine.note.isEmpty ? nil : medicine.note
    self.doses = doses.isEmpty ? nil : doses.map(MedicineDoseJSON.init)
  }
}

/// A logged dose in the JSON backup.
public struct MedicineDoseJSON: Codable, Sendable, Equatable {
  public var uuid: String
  /// ISO 8601 time with its offset.
  public var takenAt: String

  public init(_ dose: MedicineDose) {
    uuid = dose.uuid
    takenAt = Timestamp.iso(dose.takenAt, offsetSeconds: dose.utcOffsetSeconds)
  }
}

/// Checks the `medicines` array of a backup as strictly as the command line checks `med add`.
enum MedicineImport {
  /// The medicines and doses of `items`; the first problem is thrown with its place in the file.
  static func read(_ items: [MedicineJSON], nights: NightCalendar, now: Date) throws(ImportError)
    -> (medicines: [Medicine], doses: [MedicineDose])
  {
    let today = nights.localDate(of: now)
    var medicines: [Medicine] = []
    var doses: [MedicineDose] = []
    for (i, item) in items.enumerated() {
      func fail(_ message: String) -> ImportError {
        ImportError(record: i + 1, line: nil, message: "medicines: \(message)")
      }
      guard let uuid = RecordUUID.canonical(item.uuid) else {
        throw fail("uuid: " + RecordUUID.problem(item.uuid))
      }
      guard item.schedule == "regular" || item.schedule == "as-needed" else {
        throw fail("schedule '\(item.schedule)' is not allowed; use regular or as-needed")
      }
      guard let since = CivilDate(item.since) else { throw fail("since is not YYYY-MM-DD") }
      let until = item.until.flatMap(CivilDate.init)
      if item.until != nil && until == nil { throw fail("until is not YYYY-MM-DD") }
      let time = item.at.flatMap(ClockTime.init)
      if item.at != nil && time == nil { throw fail("at is not HH:MM") }
      let medicine = Medicine(
        uuid: uuid, name: item.name.trimmingCharacters(in: .whitespaces), dose: item.dose ?? "",
        asNeeded: item.schedule == "as-needed", usualTime: time, since: since, until: until,
        note: item.note ?? "")
      if let problem = MedicineRules.validate(medicine, today: today) { throw fail(problem.description) }
      medicines.append(medicine)
      for (j, dose) in (item.doses ?? []).enumerated() {
        guard let doseUUID = RecordUUID.canonical(dose.uuid),
          let (taken, offset) = Timestamp.parse(dose.takenAt)
        else {
          throw fail("doses[\(j)] needs a uuid and takenAt as an ISO 8601 time")
        }
        let nightOf = nights.fixed(offsetSeconds: offset)
        let night = nightOf.night(of: taken)
        if let problem = MedicineRules.validateDose(
          medicine, takenAt: taken, night: night, localDay: nightOf.localDate(of: taken),
          now: now)
        {
          throw fail("doses[\(j)]: \(problem.description)")
        }
        doses.append(
          MedicineDose(
            uuid: doseUUID, medicineUUID: medicine.uuid, takenAt: taken, utcOffsetSeconds: offset,
            night: night))
      }
    }
    return (medicines, doses)
  }
}

extension Journal {
  /// Inserts the medicines and doses of an import that are not present yet (by uuid); returns how many.
  static func importMedicines(_ medicines: [Medicine], doses: [MedicineDose], db: Database) throws -> Int {
    var added = 0
    for medicine in medicines where try insert(medicine, db: db) { added += 1 }
    for dose in doses where try insert(dose, db: db) { added += 1 }
    return added
  }
}
