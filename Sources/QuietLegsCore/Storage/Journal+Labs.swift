import GRDB

/// Lab results (ferritin, transferrin saturation).
extension Journal {
  /// Saves a lab value after checking its unit and range.
  @discardableResult
  public func addLab(_ result: LabResult) throws(JournalError) -> LabResult {
    if let problem = LabResult.validate(test: result.test, value: result.value, unit: result.unit) {
      throw .invalid(problem)
    }
    return try write { db in
      try db.execute(
        sql: "INSERT INTO labResult (uuid, test, value, unit, takenOn) VALUES (?, ?, ?, ?, ?)",
        arguments: [result.uuid, result.test.rawValue, result.value, result.unit, result.takenOn.description])
      var saved = result
      saved.id = db.lastInsertedRowID
      return saved
    }
  }

  /// Every lab value, oldest first.
  public func labs() throws(JournalError) -> [LabResult] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM labResult ORDER BY takenOn, id").compactMap { row in
        let test: String = row["test"]
        let on: String = row["takenOn"]
        guard let kind = LabTest(rawValue: test), let date = CivilDate(on) else { return nil }
        return LabResult(
          id: row["id"], uuid: row["uuid"], test: kind, value: row["value"], unit: row["unit"], takenOn: date)
      }
    }
  }

  /// Deletes a lab value.
  public func deleteLab(id: Int64) throws(JournalError) {
    try write { db in try db.execute(sql: "DELETE FROM labResult WHERE id = ?", arguments: [id]) }
  }
}
