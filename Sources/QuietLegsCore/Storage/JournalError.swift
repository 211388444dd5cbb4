import Foundation

/// Why the journal could not be opened or written, in words a user can act on.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
  case folderUnusable(path: String, reason: String)
  case notAJournal(path: String, reason: String)
  case newerVersion(path: String)
  case cannotOpen(path: String, reason: String)
  case writeFailed(reason: String)
  case notFound(id: Int64)
  case labNotFound(id: Int64)
  case invalid(FieldError)
  /// An edit met a change made elsewhere to the same fields; nothing was saved.
  case editConflict(EditConflict)
  /// An undo found the fields it would put back changed elsewhere since; nothing was changed.
  case changedSince(id: Int64, fields: [String])
  /// A cause note changed elsewhere since it was opened for editing; nothing was saved.
  case noteChanged(causeId: String, current: String)
  /// The journal file was deleted or replaced (another file now at its path) since it was opened.
  case journalReplaced(path: String)
  /// The journal is an SQLite file whose pages are damaged; `backups` is where copies are kept.
  case damaged(path: String, backups: String)
  /// A backup copy could not be written to `path` (never the journal itself).
  case backupNotWritten(path: String, reason: String)
  /// A file named as the source of a restore cannot be used.
  case restoreSource(path: String, reason: String)

  public var description: String {
    switch self {
    case .folderUnusable(let path, let reason):
      "cannot use the data folder \(path): \(reason)"
    case .notAJournal(let path, let reason):
      "\(path) is not a QuietLegs journal (\(reason)); it was left untouched"
    case .newerVersion(let path):
      "\(path) was written by a newer QuietLegs; update the program to open it (the file was left untouched)"
    case .cannotOpen(let path, let reason):
      "cannot open the journal \(path): \(reason)"
    case .writeFailed(let reason):
      "could not save to the journal: \(reason); nothing was changed"
    case .notFound(let id):
      "no episode with id \(id); `quietlegs list` shows the ids"
    case .labNotFound(let id):
      "no lab value with id \(id); `quietlegs lab` lists them with their ids"
    case .invalid(let error):
      error.description
    case .editConflict(let conflict):
      "the \(conflict.fieldList) of this episode changed in another terminal since the form was opened;"
        + " nothing was saved"
    case .changedSince(_, let fields):
      "the \(fields.joined(separator: ", ")) of this episode changed in another terminal since;"
        + " nothing was changed"
    case .noteChanged:
      "this note changed in another terminal since you opened it; nothing was saved"
    case .journalReplaced(let path):
      "the journal file was deleted or replaced since this program opened it, so nothing was saved;"
        + " quit and start QuietLegs again to use \(path)"
    case .damaged(let path, let backups):
      "the journal \(path) is damaged and cannot be read; it was left untouched. Copies are kept in"
        + " \(backups)/; `quietlegs restore FILE` puts one back (the damaged journal is kept as a backup)"
    case .backupNotWritten(let path, let reason):
      "cannot write the backup \(path): \(reason); the journal was not changed"
    case .restoreSource(let path, let reason):
      "cannot restore from \(path): \(reason); the journal was not changed"
    }
  }

  /// The exit status a command ends with for this error (docs/DECISIONS.md, "Exit status").
  public var exitStatus: ExitStatus {
    switch self {
    case .folderUnusable, .notAJournal, .newerVersion, .cannotOpen, .damaged, .restoreSource: .cannotOpen
    case .writeFailed, .journalReplaced, .backupNotWritten: .ioFailure
    case .notFound, .labNotFound, .invalid, .editConflict, .changedSince, .noteChanged: .refused
    }
  }
}
