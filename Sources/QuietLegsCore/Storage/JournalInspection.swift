import Foundation
import GRDB

/// What `quietlegs doctor` says about the journal file, found without writing to it: it is opened
/// read-only, never created or migrated.
public struct JournalInspection: Sendable, Equatable {
  /// Whether the file exists.
  public var exists: Bool
  /// Size in bytes of the journal, and of its write-ahead log beside it.
  public var bytes: Int64
  public var walBytes: Int64
  /// The schema migrations recorded in the file, oldest first.
  public var migrations: [String] = []
  /// The newest migration this program knows.
  public var latestKnown: String
  /// `ok`, or what `PRAGMA quick_check` found; nil when the file could not be opened.
  public var quickCheck: String?
  /// Episodes in the journal, when it could be read.
  public var episodes: Int?
  /// Why the file cannot be used, in the words the other commands use; nil when it can.
  public var problem: String?

  /// Looks at `file` without changing it.
  public static func inspect(_ file: URL) -> JournalInspection {
    let latest = Migrations.migrator.migrations.last ?? ""
    var result = JournalInspection(
      exists: false, bytes: 0, walBytes: 0, latestKnown: latest, quickCheck: nil, episodes: nil, problem: nil)
    result.bytes = size(file.path)
    result.walBytes = size(file.path + "-wal")
    do {
      guard try JournalFile.checkExisting(file) else { return result }
    } catch {
      result.exists = true
      result.problem = error.description
      return result
    }
    result.exists = true
    var config = Configuration()
    config.readonly = true
    do {
      let queue = try DatabaseQueue(path: file.path, configuration: config)
      defer { try? queue.close() }
      try queue.read { db in
        guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Migrations.applicationID else {
          throw JournalError.notAJournal(path: file.path, reason: "it belongs to another program")
        }
        result.migrations = try String.fetchAll(
          db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        result.quickCheck = try String.fetchAll(db, sql: "PRAGMA quick_check").joined(separator: "; ")
        if try Migrations.migrator.hasBeenSuperseded(db) { throw JournalError.newerVersion(path: file.path) }
        result.episodes = try Int.fetchOne(db, sql: "SELECT count(*) FROM episode")
      }
      if let check = result.quickCheck, check != "ok" {
        let folder = file.deletingLastPathComponent().appendingPathComponent("backups")
        result.problem = JournalError.damaged(path: file.path, backups: folder.path).description
      }
    } catch let error as JournalError {
      result.problem = error.description
    } catch {
      result.problem = Journal.mapOpenError(error, path: file.path).description
    }
    return result
  }

  private static func size(_ path: String) -> Int64 {
    var info = stat()
    return stat(path, &info) == 0 ? Int64(info.st_size) : 0
  }
}
