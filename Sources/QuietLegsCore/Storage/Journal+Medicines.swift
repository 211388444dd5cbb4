import Foundation
import GRDB

/// The person's medicines and the doses of as-needed ones.
extension Journal {
  /// Validates and saves a new medicine; returns it with its id.
  @discardableResult
  public func addMedicine(_ medicine: Medicine, today: CivilDate) throws(JournalError) -> Medicine {
    var clean = medicine
    clean.name = medicine.name.trimmingCharacters(in: .whitespaces)
    clean.dose = medicine.dose.trimmingCharacters(in: .whitespaces)
    if let problem = MedicineRules.validate(clean, today: today) { throw .invalid(problem) }
    return try write { db in
      try Journal.insert(clean, db: db)
      clean.id = db.lastInsertedRowID
      return clean
    }
  }

  /// Sets the day a medicine was stopped; returns the medicine as saved.
  @discardableResult
  public func stopMedicine(id: Int64, on day: CivilDate, today: CivilDate) throws(JournalError) -> Medicine {
    try write { db in
      guard var medicine = try Journal.medicine(id: id, db: db) else { throw Journal.noMedicine(id) }
      medicine.until = day
      if let problem = MedicineRules.validate(medicine, today: today) { throw JournalError.invalid(problem) }
      try db.execute(sql: "UPDATE medicine SET until = ? WHERE id = ?", arguments: [day.description, id])
      return medicine
    }
  }

  /// Deletes a medicine with its logged doses and returns it.
  @discardableResult
  public func deleteMedicine(id: Int64) throws(JournalError) -> Medicine {
    try write { db in
      guard let medicine = try Journal.medicine(id: id, db: db) else { throw Journal.noMedicine(id) }
      try db.execute(sql: "DELETE FROM medicineDose WHERE medicineUUID = ?", arguments: [medicine.uuid])
      try db.execute(sql: "DELETE FROM medicine WHERE id = ?", arguments: [id])
      return medicine
    }
  }

  /// Logs a dose of the as-needed medicine `id` taken at `takenAt`; returns the dose.
  @discardableResult
  public func logDose(medicineId id: Int64, at takenAt: Date, nights: NightCalendar, now: Date)
    throws(JournalError) -> MedicineDose
  {
    let taken = Date(timeIntervalSince1970: takenAt.timeIntervalSince1970.rounded(.down))
    return try write { db in
      guard let medicine = try Journal.medicine(id: id, db: db) else { throw Journal.noMedicine(id) }
      let night = nights.night(of: taken)
      if let problem = MedicineRules.validateDose(
        medicine, takenAt: taken, night: night, localDay: nights.localDate(of: taken), now: now)
      {
        throw JournalError.invalid(problem)
      }
      var dose = MedicineDose(
        medicineUUID: medicine.uuid, takenAt: taken, utcOffsetSeconds: nights.utcOffset(at: taken),
        night: night)
      try Journal.insert(dose, db: db)
      dose.id = db.lastInsertedRowID
      return dose
    }
  }

  /// Every medicine, in the order they were started.
  public func medicines() throws(JournalError) -> [Medicine] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM medicine ORDER BY since, id").compactMap(Journal.medicine)
    }
  }

  /// The logged doses of nights `first` through `last`, oldest first.
  public func doses(from first: CivilDate, through last: CivilDate) throws(JournalError) -> [MedicineDose] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM medicineDose WHERE night >= ? AND night <= ? ORDER BY takenEpoch, id",
        arguments: [first.description, last.description]
      ).compactMap(Journal.dose)
    }
  }

  /// Every logged dose, oldest first.
  public func allDoses() throws(JournalError) -> [MedicineDose] {
    try doses(
      from: CivilDate(year: 1, month: 1, day: 1)!, through: CivilDate(year: 9999, month: 12, day: 31)!)
  }

  static func noMedicine(_ id: Int64) -> JournalError {
    .invalid(
      FieldError(field: "id", message: "no medicine with id \(id); `quietlegs med list` shows the ids"))
  }

  static func medicine(id: Int64, db: Database) throws -> Medicine? {
    try Row.fetchOne(db, sql: "SELECT * FROM medicine WHERE id = ?", arguments: [id]).flatMap(medicine)
  }

  /// Inserts a medicine unless its uuid is present; returns whether it was added.
  @discardableResult
  static func insert(_ m: Medicine, db: Database) throws -> Bool {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO medicine (uuid, name, dose, asNeeded, usualTime, since, until, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        m.uuid, m.name, m.dose, m.asNeeded, m.usualTime?.description, m.since.description,
        m.until?.description, m.note,
      ])
    return db.changesCount > 0
  }

  /// Inserts a dose unless its uuid is present; returns whether it was added.
  @discardableResult
  static func insert(_ d: MedicineDose, db: Database) throws -> Bool {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO medicineDose (uuid, medicineUUID, takenEpoch, utcOffset, night)
        VALUES (?, ?, ?, ?, ?)
        """,
      arguments: [
        d.uuid, d.medicineUUID, Int64(d.takenAt.timeIntervalSince1970), d.utcOffsetSeconds,
        d.night.description,
      ])
    return db.changesCount > 0
  }

  /// A stored row as a medicine; nil for dates this version cannot read.
  static func medicine(_ row: Row) -> Medicine? {
    let since: String = row["since"]
    let until: String? = row["until"]
    let time: String? = row["usualTime"]
    guard let start = CivilDate(since) else { return nil }
    return Medicine(
      id: row["id"], uuid: row["uuid"], name: row["name"], dose: row["dose"], asNeeded: row["asNeeded"],
      usualTime: time.flatMap(ClockTime.init), since: start, until: until.flatMap(CivilDate.init),
      note: row["note"])
  }

  /// A stored row as a dose; nil for a night this version cannot read.
  static func dose(_ row: Row) -> MedicineDose? {
    let night: String = row["night"]
    let epoch: Int64 = row["takenEpoch"]
    guard let date = CivilDate(night) else { return nil }
    return MedicineDose(
      id: row["id"], uuid: row["uuid"], medicineUUID: row["medicineUUID"],
      takenAt: Date(timeIntervalSince1970: TimeInterval(epoch)), utcOffsetSeconds: row["utcOffset"],
      night: date)
  }
}
