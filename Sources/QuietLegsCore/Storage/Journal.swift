import Foundation
import GRDB

/// The episode journal: one SQLite file, safe to share between the full-screen program and
/// `quietlegs log` running in another terminal.
public final class Journal: Sendable {
  /// The journal file.
  public let file: URL
  let queue: DatabaseQueue
  /// Device and inode of the file opened; every write first checks the path still names it.
  let identity: JournalFile.Identity?

  /// Opens (or creates) the journal in the data folder of `paths`.
  public convenience init(paths: AppPaths, clock: Clock = .system) throws(JournalError) {
    try JournalFile.prepareFolder(paths.dataDirectory)
    try self.init(file: paths.journalFile, clock: clock)
  }

  /// Opens (or creates) the journal file; never overwrites a file that is not a journal.
  /// `clock` dates the copy kept before a migration.
  public init(file: URL, clock: Clock = .system) throws(JournalError) {
    self.file = file
    var existed = try JournalFile.checkExisting(file)
    if !existed {
      try Journal.createAtomically(file)
      existed = true
    }
    var config = Configuration()
    config.busyMode = .timeout(15)
    // WAL is a lasting property of the file: set it when creating the journal, and after a
    // migration if needed. Asking GRDB for it on every open would write to the file each time
    // (it creates and drops a table to make the WAL file), even for a journal we then refuse.
    config.journalMode = existed ? .default : .wal
    config.label = "QuietLegs journal"
    do {
      queue = try DatabaseQueue(path: file.path, configuration: config)
    } catch {
      throw Journal.mapOpenError(error, path: file.path)
    }
    identity = JournalFile.identity(of: file)
    try prepareSchema(existed: existed, today: { NightCalendar().localDate(of: clock.now) })
    JournalFile.tighten(file)
  }

  /// Builds a new journal under a temporary name and links it into place only when complete, so
  /// a crash never leaves a half-made journal and two first runs at once agree on one file.
  static func createAtomically(_ file: URL) throws(JournalError) {
    let temp = file.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(file.lastPathComponent).new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    func removeTemp() {
      for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temp.path + suffix) }
    }
    try JournalFile.createPrivate(temp)
    do {
      var config = Configuration()
      config.journalMode = .wal
      let queue = try DatabaseQueue(path: temp.path, configuration: config)
      try Migrations.migrator.migrate(queue)
      try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
      try queue.close()
    } catch {
      removeTemp()
      throw Journal.mapOpenError(error, path: file.path)
    }
    // link() never replaces an existing file: if another process won the race, use its journal.
    let linked = link(temp.path, file.path) == 0
    let failure = errno
    removeTemp()
    if !linked && failure != EEXIST {
      throw .cannotOpen(path: file.path, reason: String(cString: strerror(failure)))
    }
    JournalFile.tighten(file)
  }

  /// Wraps an already opened and checked connection (restore sources).
  init(checkedQueue: DatabaseQueue, file: URL) {
    self.queue = checkedQueue
    self.file = file
    self.identity = nil
  }

  /// `today` names the daily copy taken before a migration; it is worked out only then.
  private func prepareSchema(existed: Bool, today: () -> CivilDate) throws(JournalError) {
    let path = file.path
    let migrator = Migrations.migrator
    do {
      let pending = try queue.read { db -> Bool in
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if existed && appID != Migrations.applicationID {
          let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
          if appID != 0 || tables > 0 {
            throw JournalError.notAJournal(path: path, reason: "it belongs to another program")
          }
        }
        if try migrator.hasBeenSuperseded(db) {
          throw JournalError.newerVersion(path: path)
        }
        return try !migrator.hasCompletedMigrations(db)
      }
      // Only a journal that needs a migration is written to while opening.
      guard pending else { return }
      if existed {
        try dailyCopy(in: file.deletingLastPathComponent().appendingPathComponent("backups"), today: today())
      }
      try migrator.migrate(queue)
      try queue.writeWithoutTransaction { db in
        if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
          try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
      }
    } catch let error as JournalError {
      throw error
    } catch {
      throw Journal.mapOpenError(error, path: path)
    }
  }

  // MARK: - Writing

  /// Runs `body` in an immediate transaction, so concurrent writers queue up instead of failing.
  /// Refuses with `.journalReplaced` when the file at the journal's path is no longer the one
  /// opened (the folder was deleted or the file replaced): such a write would go to a file
  /// nobody can find again.
  func write<T>(_ body: (Database) throws -> T) throws(JournalError) -> T {
    do {
      return try queue.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          try checkIdentity()
          result = try body(db)
          return .commit
        }
        // Copy the commit into the main file now. Another open program wakes on the file
        // events of our WAL write, which can come before the commit is visible; this write to
        // the main file comes after it, so that program reads again and sees it.
        _ = try? db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
        return result!
      }
    } catch let error as JournalError {
      throw error
    } catch {
      throw Journal.mapWriteError(error)
    }
  }

  /// Throws `.journalReplaced` when the path no longer names the file this journal opened.
  func checkIdentity() throws(JournalError) {
    guard let identity, JournalFile.identity(of: file) != identity else { return }
    throw .journalReplaced(path: file.path)
  }

  /// True when the path no longer names the file this journal opened (deleted or replaced):
  /// every write is then refused, and a screen can say so before anyone tries.
  public var isReplaced: Bool {
    (try? checkIdentity()) == nil
  }

  /// Reads in a consistent snapshot.
  func read<T>(_ body: (Database) throws -> T) throws(JournalError) -> T {
    do {
      return try queue.read(body)
    } catch let error as JournalError {
      throw error
    } catch {
      throw Journal.mapOpenError(error, path: file.path)
    }
  }

  /// A number that changes whenever another connection commits to the journal; cheap to poll.
  public func dataVersion() -> Int {
    (try? queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }) ?? 0
  }

  /// Runs SQLite's integrity check; returns "ok" when the file is sound.
  public func integrityCheck() throws(JournalError) -> String {
    try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
  }

  // MARK: - Errors

  static func mapOpenError(_ error: Error, path: String) -> JournalError {
    guard let db = error as? DatabaseError else {
      return .cannotOpen(path: path, reason: "an unexpected error (\(type(of: error)))")
    }
    switch db.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      return .damaged(path: path, backups: folder.appendingPathComponent("backups").path)
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
      return .cannotOpen(path: path, reason: "permission denied or folder missing")
    case .SQLITE_READONLY:
      return .cannotOpen(path: path, reason: "the journal or its folder is read-only")
    case .SQLITE_FULL:
      return .cannotOpen(path: path, reason: "the disk is full")
    default:
      return .cannotOpen(path: path, reason: db.message ?? "\(db.resultCode)")
    }
  }

  static func mapWriteError(_ error: Error) -> JournalError {
    guard let db = error as? DatabaseError else {
      return .writeFailed(reason: "an unexpected error (\(type(of: error)))")
    }
    switch db.resultCode {
    case .SQLITE_FULL: return .writeFailed(reason: "the disk is full")
    case .SQLITE_READONLY: return .writeFailed(reason: "the journal is read-only")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return .writeFailed(reason: "another program kept the journal busy for too long")
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return .writeFailed(reason: "the journal file is damaged (`quietlegs doctor` checks it)")
    case .SQLITE_IOERR: return .writeFailed(reason: "a disk error occurred")
    default: return .writeFailed(reason: db.message ?? "\(db.resultCode)")
    }
  }
}

extension Journal {
  /// Records a migration this program does not know, as a newer version would. For tests of
  /// the "newer version" refusal only.
  public func markAsWrittenByNewerVersionForTesting() throws {
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
  }
}

extension Journal {
  /// SQLite's journal mode for this file (`wal` once opened by QuietLegs).
  public func journalMode() throws(JournalError) -> String {
    try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
  }
}
