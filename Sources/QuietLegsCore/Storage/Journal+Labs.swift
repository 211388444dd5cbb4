import GRDB

/// Lab results (ferritin, transferrin saturation).
extension Journal {
  /// Saves a lab value after checking its unit and range.
  @discardableResult
  public func addLab(_ result: LabResult) throws(JournalError) -> LabResult {
    if let problem = LabResult.validate(test: result.test, value: result.value, unit: result.unit) {
      throw .invalid(problem)
    }
    if result.takenOn < RecordDate.earliest,
      let problem = RecordDate.problem(result.takenOn, field: "date", latest: result.takenOn)
    {
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
      try Row.fetchAll(db, sql: "SELECT * FROM labResult ORDER BY takenOn, id").compactMap(Self.lab)
    }
  }

  /// Deletes a lab value (one typed wrongly, say) and returns it; throws when there is none with `id`.
  @discardableResult
  public func deleteLab(id: Int64) throws(JournalError) -> LabResult {
    try write { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM labResult WHERE id = ?", arguments: [id]),
        let old = Self.lab(row)
      else { throw JournalError.labNotFound(id: id) }
      try db.execute(sql: "DELETE FROM labResult WHERE id = ?", arguments: [id])
      return old
    }
  }

  /// A stored row as a lab value; nil for a test or date this version does not know.
  private static func lab(_ row: Row) -> LabResult? {
    let test: String = row["test"]
    let on: String = row["takenOn"]
    guard let kind = LabTest(rawValue: test), let date = CivilDate(on) else { return nil }
    return LabResult(
      id: row["id"], uuid: row["uuid"], test: kind, value: row["value"], unit: row["unit"], takenOn: date)
  }
}
