import Foundation
import GRDB

/// Finished or stopped routine runs.
extension Journal {
  /// Saves a routine session on the night its start belongs to.
  public func saveSession(_ session: RoutineSession, nights: NightCalendar) throws(JournalError) {
    try write { db in
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO routineSession
            (routineId, startEpoch, endEpoch, night, completed, stoppedAtStep, stepsDone, stepCount)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          session.routineId, Int64(session.startedAt.timeIntervalSince1970),
          Int64(session.endedAt.timeIntervalSince1970), nights.night(of: session.startedAt).description,
          session.completed, session.stoppedAtStep, session.stepsDone, session.stepCount,
        ])
    }
  }

  /// Sessions whose nights fall from `first` through `last`, oldest first.
  public func sessions(from first: CivilDate, through last: CivilDate) throws(JournalError)
    -> [(night: CivilDate, session: RoutineSession)]
  {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM routineSession WHERE night BETWEEN ? AND ? ORDER BY startEpoch",
        arguments: [first.description, last.description]
      ).compactMap { row in
        let night: String = row["night"]
        guard let date = CivilDate(night) else { return nil }
        return (
          date,
          RoutineSession(
            routineId: row["routineId"],
            startedAt: Date(timeIntervalSince1970: TimeInterval(row["startEpoch"] as Int64)),
            endedAt: Date(timeIntervalSince1970: TimeInterval(row["endEpoch"] as Int64)),
            completed: row["completed"], stoppedAtStep: row["stoppedAtStep"], stepsDone: row["stepsDone"],
            stepCount: row["stepCount"])
        )
      }
    }
  }

  /// Nights from `first` through `last` on which a routine was completed.
  public func routineNights(from first: CivilDate, through last: CivilDate) throws(JournalError) -> Set<
    CivilDate
  > {
    try read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT DISTINCT night FROM routineSession WHERE completed AND night BETWEEN ? AND ?",
          arguments: [first.description, last.description]
        ).compactMap(CivilDate.init))
    }
  }
}
