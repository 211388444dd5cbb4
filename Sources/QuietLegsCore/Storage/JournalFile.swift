import Foundation

/// File-system checks made before SQLite touches the journal: folder and file modes, and
/// refusing files that are not QuietLegs journals.
enum JournalFile {
  /// Creates the folder with mode 0700 if needed, and tightens an existing one.
  static func prepareFolder(_ folder: URL) throws(JournalError) {
    let path = folder.path
    var isDirectory: ObjCBool = false
    let existed = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if existed {
      guard isDirectory.boolValue else {
        throw .folderUnusable(path: path, reason: "it is a file, not a folder")
      }
    } else {
      do {
        try FileManager.default.createDirectory(
          at: folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw .folderUnusable(path: path, reason: reasonText(error))
      }
    }
    // Tighten a folder we made, or our own `quietlegs` folder; never change a folder the person
    // pointed us at that is theirs for other things too (e.g. `--data-dir ~`).
    if !existed || folder.lastPathComponent == "quietlegs" { _ = chmod(path, 0o700) }
    guard access(path, W_OK | X_OK) == 0 else {
      throw .folderUnusable(path: path, reason: "it is not writable")
    }
  }

  /// Checks an existing file looks like SQLite; returns false when there is no file yet.
  static func checkExisting(_ file: URL) throws(JournalError) -> Bool {
    let path = file.path
    guard FileManager.default.fileExists(atPath: path) else { return false }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotOpen(path: path, reason: "it cannot be read (check its permissions)")
    }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    if header.isEmpty {
      throw .notAJournal(path: path, reason: "the file is empty")
    }
    if header != Data("SQLite format 3\0".utf8) {
      throw .notAJournal(path: path, reason: "it is not an SQLite database")
    }
    return true
  }

  /// Which file a path names: its device and inode.
  struct Identity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
  }

  /// The identity of the file at `file` now; nil when there is none.
  static func identity(of file: URL) -> Identity? {
    var info = stat()
    guard stat(file.path, &info) == 0 else { return nil }
    return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// Creates an empty file with mode 0600 regardless of umask.
  static func createPrivate(_ file: URL) throws(JournalError) {
    let fd = open(file.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    if fd < 0 {
      throw .cannotOpen(path: file.path, reason: String(cString: strerror(errno)))
    }
    close(fd)
    _ = chmod(file.path, 0o600)
  }

  /// Sets mode 0600 on the journal and its WAL and shared-memory files.
  static func tighten(_ file: URL) {
    for suffix in ["", "-wal", "-shm"] {
      _ = chmod(file.path + suffix, 0o600)
    }
  }

  static func reasonText(_ error: Error) -> String {
    if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError {
      return String(cString: strerror(Int32(posix.code)))
    }
    return (error as NSError).localizedDescription
  }
}
