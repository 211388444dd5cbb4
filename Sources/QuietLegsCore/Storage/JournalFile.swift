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
    } else if let reason = makeFolders(path) {
      throw .folderUnusable(path: path, reason: reason)
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

  /// Creates `path` and any missing parents with mode 0700; returns why it failed, naming the
  /// part of the path at fault, in plain words (Foundation's errors read "NSCocoaErrorDomain error 512").
  static func makeFolders(_ path: String) -> String? {
    var built = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      built += "/" + part
      if mkdir(built, 0o700) == 0 { continue }
      let failure = errno
      var info = stat()
      if failure == EEXIST || failure == ENOTDIR, stat(built, &info) == 0 {
        if (info.st_mode & S_IFMT) == S_IFDIR { continue }
        return built == path || "./" + path == built
          ? "it is a file, not a folder" : "\(built) is a file, not a folder"
      }
      return "\(built): \(String(cString: strerror(failure)))"
    }
    return nil
  }

  /// The reason part of an error about a file, for a message that names the file itself.
  static func reason(of error: JournalError) -> String {
    switch error {
    case .folderUnusable(_, let reason), .notAJournal(_, let reason), .cannotOpen(_, let reason),
      .writeFailed(let reason), .backupNotWritten(_, let reason), .restoreSource(_, let reason):
      reason
    case .damaged: "it is damaged"
    default: error.description
    }
  }
}
