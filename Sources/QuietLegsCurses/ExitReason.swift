/// Why the run loop ended.
public enum ExitReason: Equatable, Sendable {
  /// The user quit.
  case quit
  /// A signal asked the program to end (SIGINT, SIGTERM, SIGHUP, or the terminal went away).
  case signal(Int32)

  /// The conventional exit status: 0 after quitting, 128 + the signal number otherwise.
  public var exitCode: Int32 {
    switch self {
    case .quit: return 0
    case .signal(let number): return 128 + number
    }
  }
}
