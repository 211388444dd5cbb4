import Foundation
import GRDB

/// Copies of the journal: on demand, a rolling daily copy before risky changes, and restore.
extension Journal {
  /// How many daily copies are kept.
  public static let dailyCopiesKept = 7

  /// Writes a consistent copy of the journal to `destination` (mode 0600) with SQLite's online
  /// backup; refuses to overwrite an existing file.
  public func backup(to destination: URL) throws(JournalError) {
    if FileManager.default.fileExists(atPath: destination.path) {
      throw .backupNotWritten(path: destination.path, reason: "the file already exists; choose another name")
    }
    do {
      try JournalFile.createPrivate(destination)
    } catch {
      throw .backupNotWritten(path: destination.path, reason: JournalFile.reason(of: error))
    }
    do {
      let target = try DatabaseQueue(path: destination.path)
      try queue.backup(to: target)
      try target.close()
    } catch {
      try? FileManager.default.removeItem(at: destination)
      throw .backupNotWritten(
        path: destination.path, reason: JournalFile.reason(of: Journal.mapWriteError(error)))
    }
    JournalFile.tighten(destination)
  }

  /// The bytes of a consistent copy, made under a hidden name in `folder` and removed after
  /// reading (for `quietlegs backup --output -`).
  public func backupBytes(using folder: URL) throws(JournalError) -> Data {
    try JournalFile.prepareFolder(folder)
    let temp = folder.appendingPathComponent(
      ".stream-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite3")
    defer { unlink(temp.path) }
    try backup(to: temp)
    guard let data = FileManager.default.contents(atPath: temp.path) else {
      throw .backupNotWritten(path: temp.path, reason: "the copy could not be read back")
    }
    return data
  }

  /// Keeps one copy a day in `folder` (before a migration or an import), pruning to the last 7.
  /// Returns the copy made, or nil when today's copy already existed.
  @discardableResult
  public func dailyCopy(in folder: URL, today: CivilDate) throws(JournalError) -> URL? {
    try JournalFile.prepareFolder(folder)
    let file = folder.appendingPathComponent("daily-\(today).sqlite3")
    if FileManager.default.fileExists(atPath: file.path) { return nil }
    try backup(to: file)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let dailies = names.filter { $0.hasPrefix("daily-") && $0.hasSuffix(".sqlite3") }.sorted()
    for old in dailies.dropLast(Journal.dailyCopiesKept) {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(old))
    }
    return file
  }

  /// Replaces the journal's contents with a checked copy of `source`, after saving the current
  /// journal to `safetyCopy`. The source must be a sound QuietLegs journal of this version or older.
  public func restore(from source: URL, safetyCopy: URL) throws(JournalError) {
    let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
    if sourcePath == file.standardizedFileURL.resolvingSymlinksInPath().path {
      throw .restoreSource(path: source.path, reason: "it is the journal itself; choose a backup file")
    }
    let checked = try Journal.checkRestorable(source)
    defer { try? checked.queue.close() }
    try JournalFile.prepareFolder(safetyCopy.deletingLastPathComponent())
    try backup(to: safetyCopy)
    do {
      try checked.queue.backup(to: queue)
      try Migrations.migrator.migrate(queue)
    } catch {
      throw Journal.mapWriteError(error)
    }
  }

  /// Opens a file read-only and checks it is an intact QuietLegs journal.
  static func checkRestorable(_ source: URL) throws(JournalError) -> Journal {
    let path = source.path
    let exists: Bool
    do {
      exists = try JournalFile.checkExisting(source)
    } catch {
      throw .restoreSource(path: path, reason: JournalFile.reason(of: error))
    }
    guard exists else { throw .restoreSource(path: path, reason: "no such file") }
    var config = Configuration()
    config.readonly = true
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: config)
      try queue.read { db in
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard appID == Migrations.applicationID else {
          throw JournalError.notAJournal(path: path, reason: "it belongs to another program")
        }
        let check = try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? ""
        guard check == "ok" else {
          throw JournalError.restoreSource(path: path, reason: "it is damaged (its integrity check failed)")
        }
        if try Migrations.migrator.hasBeenSuperseded(db) { throw JournalError.newerVersion(path: path) }
      }
    } catch let error as JournalError {
      throw error
    } catch {
      throw .restoreSource(
        path: path, reason: JournalFile.reason(of: Journal.mapOpenError(error, path: path)))
    }
    return Journal(checkedQueue: queue, file: source)
  }
}
