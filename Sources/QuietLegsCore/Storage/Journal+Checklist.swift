import GRDB

/// Ticks and notes on the cause checklist.
extension Journal {
  /// Every checklist entry, by cause id.
  public func checklist() throws(JournalError) -> [String: ChecklistEntry] {
    try read { db in
      var out: [String: ChecklistEntry] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT * FROM checklistEntry") {
        let id: String = row["causeId"]
        let on: String? = row["tickedOn"]
        out[id] = ChecklistEntry(
          causeId: id, ticked: row["ticked"], tickedOn: on.flatMap(CivilDate.init), note: row["note"])
      }
      return out
    }
  }

  /// Saves one entry (an unticked entry with no note is removed).
  public func save(_ entry: ChecklistEntry) throws(JournalError) {
    try write { db in try Journal.save(entry, in: db) }
  }

  private static func save(_ entry: ChecklistEntry, in db: Database) throws {
    if !entry.ticked && entry.note.isEmpty {
      try db.execute(sql: "DELETE FROM checklistEntry WHERE causeId = ?", arguments: [entry.causeId])
      return
    }
    try db.execute(
      sql: """
        INSERT INTO checklistEntry (causeId, ticked, tickedOn, note) VALUES (?, ?, ?, ?)
        ON CONFLICT(causeId) DO UPDATE SET ticked = excluded.ticked, tickedOn = excluded.tickedOn,
          note = excluded.note
        """,
      arguments: [entry.causeId, entry.ticked, entry.tickedOn?.description, entry.note])
  }

  /// Ticks or unticks a cause on `date`, keeping its note; returns the new entry. Reads and
  /// writes in one transaction, so a note or tick saved meanwhile by another terminal is kept.
  @discardableResult
  public func setTicked(_ causeId: String, _ ticked: Bool, on date: CivilDate, note: String? = nil)
    throws(JournalError) -> ChecklistEntry
  {
    try write { db in
      var entry = try Journal.entry(causeId, in: db)
      if !ticked {
        entry.tickedOn = nil
      } else if !entry.ticked || entry.tickedOn == nil {
        entry.tickedOn = date
      }
      entry.ticked = ticked
      if let note { entry.note = note }
      try Journal.save(entry, in: db)
      return entry
    }
  }

  /// Replaces the note of a cause, keeping its tick as the journal holds it now. The note is
  /// replaced only if it still reads `expected` (what the person saw when they opened it) or
  /// already reads `note`; otherwise nothing is written and `.noteChanged` is thrown.
  @discardableResult
  public func setNote(_ causeId: String, _ note: String, expected: String) throws(JournalError)
    -> ChecklistEntry
  {
    try write { db in
      var entry = try Journal.entry(causeId, in: db)
      if entry.note != expected && entry.note != note {
        throw JournalError.noteChanged(causeId: causeId, current: entry.note)
      }
      entry.note = note
      try Journal.save(entry, in: db)
      return entry
    }
  }

  private static func entry(_ causeId: String, in db: Database) throws -> ChecklistEntry {
    let row = try Row.fetchOne(
      db, sql: "SELECT ticked, tickedOn, note FROM checklistEntry WHERE causeId = ?", arguments: [causeId])
    let on: String? = row?["tickedOn"]
    return ChecklistEntry(
      causeId: causeId, ticked: row?["ticked"] ?? false, tickedOn: on.flatMap(CivilDate.init),
      note: row?["note"] ?? "")
  }
}
