/// The exit statuses of `quietlegs`, documented in the README and the man page (EXIT STATUS).
/// 64, 66, 70 and 74 are the BSD `sysexits.h` values for the same situations.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  /// Done.
  case success = 0
  /// Input refused: a value out of range, an unknown id, a file whose content cannot be imported.
  case refused = 1
  /// The command line itself is wrong: an unknown command or option, a missing argument.
  case usage = 64
  /// The journal (or a file named to read: an import, a restore source) cannot be opened or used:
  /// missing, unreadable, damaged, another program's, written by a newer version.
  case cannotOpen = 66
  /// An unexpected failure inside the program or a library it uses (please report it).
  case internalError = 70
  /// Reading or writing failed: the disk is full, an output or backup file cannot be written.
  case ioFailure = 74
}
