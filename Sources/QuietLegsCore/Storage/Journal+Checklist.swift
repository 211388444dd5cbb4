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
    try write { db in
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
  }

  /// Ticks or unticks a cause on `date`, keeping its note; returns the new entry.
  @discardableResult
  public func setTicked(_ causeId: String, _ ticked: Bool, on date: CivilDate, note: String? = nil)
    throws(JournalError) -> ChecklistEntry
  {
    var entry = try checklist()[causeId] ?? ChecklistEntry(causeId: causeId, ticked: false, tickedOn: nil)
    if !ticked {
      entry.tickedOn = nil
    } else if !entry.ticked || entry.tickedOn == nil {
      entry.tickedOn = date
    }
    entry.ticked = ticked
    if let note { entry.note = note }
    try save(entry)
    return entry
  }
}
