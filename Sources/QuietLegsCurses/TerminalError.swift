/// Why the full-screen terminal could not be opened; each reads as one line after `quietlegs: `.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal (piped, redirected, or run from a script).
  case notATerminal
  /// `TERM` is missing or empty.
  case terminalTypeNotSet
  /// curses does not know the terminal type.
  case unknownTerminalType(String)
  /// The terminal type is known but cannot move the cursor (`TERM=dumb`, Emacs shells, some IDEs).
  case cannotAddressCursor(String)
  /// The signal pipe could not be created.
  case systemCallFailed(String)

  public var description: String {
    switch self {
    case .notATerminal:
      return "the full-screen program needs a terminal, but standard input or output is not one"
        + " (see `quietlegs --help` for commands that work without one)"
    case .terminalTypeNotSet:
      return "TERM is not set, so the terminal type is unknown (try TERM=xterm-256color)"
    case .unknownTerminalType(let name):
      return "unknown terminal type '\(name)' (TERM); try TERM=xterm-256color"
    case .cannotAddressCursor(let name):
      return "terminal '\(name)' (TERM) cannot move the cursor, so it cannot show the full screen;"
        + " use a terminal emulator such as xterm (TERM=xterm-256color), or the commands (`quietlegs --help`)"
    case .systemCallFailed(let what):
      return "could not set up the terminal: \(what) failed"
    }
  }
}
