import Foundation
import GRDB

/// What an import added and what it skipped as already present.
public struct ImportSummary: Sendable, Equatable {
  /// Episodes added.
  public var added: Int
  /// Episodes already present.
  public var skipped: Int
  /// Other records (ticks, labs, sessions, factors, questionnaires) added or updated.
  public var otherAdded: Int = 0

  public init(added: Int, skipped: Int, otherAdded: Int = 0) {
    self.added = added
    self.skipped = skipped
    self.otherAdded = otherAdded
  }
}

/// Reads a JSON backup or an episode CSV into the journal, all or nothing; importing the same
/// file twice adds nothing the second time.
public enum JournalImporter {
  /// File layouts `quietlegs import` reads.
  public enum Format: String, Sendable, CaseIterable {
    case json, csv

    /// Guesses from the extension, then from the first character.
    public static func detect(path: String, data: Data) -> Format {
      if path.lowercased().hasSuffix(".csv") { return .csv }
      if path.lowercased().hasSuffix(".json") { return .json }
      let first = data.first {
        !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
      }
      return first == UInt8(ascii: "{") ? .json : .csv
    }
  }

  /// Parses the file's bytes into every kind of record, checking all before anything is saved.
  public static func bundle(
    from data: Data, format: Format, nights: NightCalendar, now: Date
  ) throws(ImportError) -> ImportBundle {
    guard let text = String(data: data, encoding: .utf8) else {
      throw ImportError(record: nil, line: nil, message: "the file is not UTF-8 text")
    }
    switch format {
    case .json:
      let backup: JournalBackup
      do {
        backup = try JSONDecoder().decode(JournalBackup.self, from: Data(text.utf8))
      } catch {
        throw ImportError(record: nil, line: nil, message: "not a QuietLegs JSON backup (\(describe(error)))")
      }
      guard backup.format == "quietlegs-journal" else {
        throw ImportError(
          record: nil, line: nil, message: "format is '\(backup.format)', expected 'quietlegs-journal'")
      }
      var bundle = try ImportBundle(otherRecordsOf: backup)
      for (index, row) in backup.episodes.enumerated() {
        do {
          bundle.episodes.append(try row.episode(nights: nights, now: now))
        } catch {
          throw ImportError(record: index + 1, line: nil, message: "episode \(error.description)")
        }
      }
      return bundle
    case .csv:
      var result: [Episode] = []
      for (index, item) in try EpisodeCSV.rows(from: text).enumerated() {
        do {
          result.append(try item.row.episode(nights: nights, now: now))
        } catch {
          throw ImportError(record: index + 1, line: item.line, message: error.description)
        }
      }
      return ImportBundle(episodes: result)
    }
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "\(path(context.codingPath)): \(context.debugDescription)"
    case DecodingError.keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])) is missing"
    case DecodingError.dataCorrupted(let context):
      return context.codingPath.isEmpty
        ? "invalid JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
    default:
      return "invalid JSON"
    }
  }

  private static func path(_ keys: [CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      .trimmingCharacters(in: CharacterSet(charactersIn: "."))
  }
}

extension Journal {
  /// Saves a whole import in one transaction. Episodes already present (same uuid, or same start,
  /// kind, side and site) and other records already present are left as they are.
  public func importBundle(_ bundle: ImportBundle, nights: NightCalendar) throws(JournalError)
    -> ImportSummary
  {
    let episodes = bundle.episodes
    return try write { db in
      var summary = ImportSummary(added: 0, skipped: 0)
      for var episode in episodes {
        let sameUUID =
          try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM episode WHERE uuid = ?)", arguments: [episode.uuid])
          ?? false
        let sameMoment =
          try Bool.fetchOne(
            db,
            sql: """
              SELECT EXISTS(SELECT 1 FROM episode WHERE startEpoch = ? AND kind = ?
                AND side IS ? AND site IS ?)
              """,
            arguments: [
              Int64(episode.start.timeIntervalSince1970), episode.kind.rawValue,
              episode.side?.rawValue, episode.site?.rawValue,
            ]) ?? false
        if sameUUID || sameMoment {
          summary.skipped += 1
          continue
        }
        episode.id = nil
        try episode.insert(db)
        summary.added += 1
      }
      summary.otherAdded = try Journal.importOthers(bundle, nights: nights, db: db)
      return summary
    }
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
