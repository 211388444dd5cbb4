import GRDB

/// Evening factors noted per night.
extension Journal {
  /// Notes factors for a night (already noted ones are kept); a night before 2000 is refused.
  public func addFactors(_ ids: [String], night: CivilDate) throws(JournalError) {
    if night < RecordDate.earliest, let problem = RecordDate.problem(night, field: "night", latest: night) {
      throw .invalid(problem)
    }
    try write { db in
      for id in ids {
        try db.execute(
          sql: "INSERT OR IGNORE INTO factorMark (night, factorId) VALUES (?, ?)",
          arguments: [night.description, id])
      }
    }
  }

  /// Removes factors from a night.
  public func removeFactors(_ ids: [String], night: CivilDate) throws(JournalError) {
    try write { db in
      for id in ids {
        try db.execute(
          sql: "DELETE FROM factorMark WHERE night = ? AND factorId = ?", arguments: [night.description, id])
      }
    }
  }

  /// Factors noted for nights from `first` through `last`.
  public func factors(from first: CivilDate, through last: CivilDate) throws(JournalError) -> [FactorMark] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM factorMark WHERE night BETWEEN ? AND ? ORDER BY night, factorId",
        arguments: [first.description, last.description]
      ).compactMap { row in
        let night: String = row["night"]
        return CivilDate(night).map { FactorMark(night: $0, factorId: row["factorId"]) }
      }
    }
  }
}
