import Foundation
import GRDB

extension Journal {
  /// Saves a whole import in one transaction and says what it added. An episode whose file gave
  /// its uuid is already present only when the journal holds that uuid. One without a uuid (CSV
  /// from elsewhere) is already present when an episode that was in the journal before this
  /// import has the same start second, kind, side and site; rows of the same file never count,
  /// so two genuine episodes in one file both land. Other records already present are left alone.
  public func importBundle(_ bundle: ImportBundle, nights: NightCalendar) throws(JournalError)
    -> ImportSummary
  {
    try write { db in
      let lastIDBefore = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM episode") ?? 0
      var summary = ImportSummary(added: 0, skipped: 0)
      for var episode in bundle.episodes {
        let present =
          bundle.carriesUUID(episode)
          ? try Journal.holds(uuid: episode.uuid, db: db)
          : try Journal.holds(momentOf: episode, upTo: lastIDBefore, db: db)
        if present {
          summary.skipped += 1
          continue
        }
        episode.id = nil
        try episode.insert(db)
        summary.added += 1
      }
      summary.otherAdded = try Journal.importOthers(bundle, nights: nights, db: db)
      summary.otherAdded += try Journal.importMedicines(bundle.medicines, doses: bundle.doses, db: db)
      return summary
    }
  }

  /// Whether an episode with this uuid is in the journal.
  static func holds(uuid: String, db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM episode WHERE uuid = ?)", arguments: [uuid])
      ?? false
  }

  /// Whether an episode with id at most `lastID` (one saved before the import) has the same start
  /// second, kind, side and site.
  static func holds(momentOf episode: Episode, upTo lastID: Int64, db: Database) throws -> Bool {
    try Bool.fetchOne(
      db,
      sql: """
        SELECT EXISTS(SELECT 1 FROM episode WHERE id <= ? AND startEpoch = ? AND kind = ?
          AND side IS ? AND site IS ?)
        """,
      arguments: [
        lastID, Int64(episode.start.timeIntervalSince1970), episode.kind.rawValue, episode.side?.rawValue,
        episode.site?.rawValue,
      ]) ?? false
  }
}

extension Journal {
  /// Inserts the non-episode records of an import, skipping those already present.
  static func importOthers(_ bundle: ImportBundle, nights: NightCalendar, db: Database) throws -> Int {
    var changed = 0
    for entry in bundle.checklist {
      try db.execute(
        sql: """
          INSERT INTO checklistEntry (causeId, ticked, tickedOn, note) VALUES (?, ?, ?, ?)
          ON CONFLICT(causeId) DO NOTHING
          """,
        arguments: [entry.causeId, entry.ticked, entry.tickedOn?.description, entry.note])
      changed += db.changesCount
    }
    for lab in bundle.labs {
      try db.execute(
        sql: "INSERT OR IGNORE INTO labResult (uuid, test, value, unit, takenOn) VALUES (?, ?, ?, ?, ?)",
        arguments: [lab.uuid, lab.test.rawValue, lab.value, lab.unit, lab.takenOn.description])
      changed += db.changesCount
    }
    for s in bundle.sessions {
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO routineSession
            (routineId, startEpoch, endEpoch, night, completed, stoppedAtStep) VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          s.routineId, Int64(s.startedAt.timeIntervalSince1970), Int64(s.endedAt.timeIntervalSince1970),
          nights.night(of: s.startedAt).description, s.completed, s.stoppedAtStep,
        ])
      changed += db.changesCount
    }
    for f in bundle.factors {
      try db.execute(
        sql: "INSERT OR IGNORE INTO factorMark (night, factorId) VALUES (?, ?)",
        arguments: [f.night.description, f.factorId])
      changed += db.changesCount
    }
    for q in bundle.questionnaires {
      let answers = (try? JSONEncoder().encode(q.answers)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
      try db.execute(
        sql: "INSERT OR IGNORE INTO questionnaire (takenEpoch, answers, outcome) VALUES (?, ?, ?)",
        arguments: [Int64(q.takenAt.timeIntervalSince1970), answers, q.outcome])
      changed += db.changesCount
    }
    return changed
  }
}
