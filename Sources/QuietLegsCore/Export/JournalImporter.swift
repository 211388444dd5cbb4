import Foundation
import GRDB

/// What an import added and what it skipped as already present.
public struct ImportSummary: Sendable, Equatable {
  public var added: Int
  public var skipped: Int
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
      let first = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
      return first == UInt8(ascii: "{") ? .json : .csv
    }
  }

  /// Parses the file's bytes into episodes, checking every record before anything is saved.
  public static func episodes(
    from data: Data, format: Format, nights: NightCalendar, now: Date
  ) throws(ImportError) -> [Episode] {
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
        throw ImportError(record: nil, line: nil, message: "format is '\(backup.format)', expected 'quietlegs-journal'")
      }
      var result: [Episode] = []
      for (index, row) in backup.episodes.enumerated() {
        do {
          result.append(try row.episode(nights: nights, now: now))
        } catch {
          throw ImportError(record: index + 1, line: nil, message: "episode \(error.description)")
        }
      }
      return result
    case .csv:
      var result: [Episode] = []
      for (index, item) in try EpisodeCSV.rows(from: text).enumerated() {
        do {
          result.append(try item.row.episode(nights: nights, now: now))
        } catch {
          throw ImportError(record: index + 1, line: item.line, message: error.description)
        }
      }
      return result
    }
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "\(path(context.codingPath)): \(context.debugDescription)"
    case DecodingError.keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])) is missing"
    case DecodingError.dataCorrupted(let context):
      return context.codingPath.isEmpty ? "invalid JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
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
  /// Saves episodes not already present (same uuid, or same start, kind, side and site), in one
  /// transaction.
  public func importEpisodes(_ episodes: [Episode]) throws(JournalError) -> ImportSummary {
    try write { db in
      var summary = ImportSummary(added: 0, skipped: 0)
      for var episode in episodes {
        let sameUUID = try Bool.fetchOne(
          db, sql: "SELECT EXISTS(SELECT 1 FROM episode WHERE uuid = ?)", arguments: [episode.uuid]) ?? false
        let sameMoment = try Bool.fetchOne(
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
      return summary
    }
  }
}
