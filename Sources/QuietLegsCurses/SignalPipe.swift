import Glibc

/// The write end of the self-pipe; the only state signal handlers touch.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Writes the signal number into the self-pipe; async-signal-safe (only `write`, errno kept).
private let forwardSignal: @convention(c) (Int32) -> Void = { signal in
  let savedErrno = errno
  var byte = UInt8(truncatingIfNeeded: signal)
  _ = write(signalPipeWriteEnd, &byte, 1)
  errno = savedErrno
}

/// A self-pipe that turns signals into bytes the run loop can `poll()` for, so all real work
/// (restoring the terminal, redrawing) happens outside the signal handler.
final class SignalPipe {
  /// The signals the run loop reacts to.
  static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH]

  /// The end to poll and read.
  let readEnd: Int32
  private let writeEnd: Int32

  /// Creates the pipe, installs handlers for `handled` and unblocks them (a parent may have
  /// started us with signals blocked).
  init() throws(TerminalError) {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { throw .systemCallFailed("pipe") }
    for end in ends {
      _ = fcntl(end, F_SETFL, O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    readEnd = ends[0]
    writeEnd = ends[1]
    signalPipeWriteEnd = writeEnd
    for signalNumber in Self.handled { install(signalNumber) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signalNumber in Self.handled { sigaddset(&unblocked, signalNumber) }
    _ = sigprocmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Puts our handler back for one signal (after a stop, SIGTSTP had its default action).
  func install(_ signalNumber: Int32) {
    _ = signal(signalNumber, forwardSignal)
  }

  /// Restores the default actions and closes the pipe.
  func close() {
    for signalNumber in Self.handled { _ = signal(signalNumber, SIG_DFL) }
    signalPipeWriteEnd = -1
    _ = Glibc.close(readEnd)
    _ = Glibc.close(writeEnd)
  }

  /// The signals that arrived since the last call, in order, without duplicates.
  func drain() -> [Int32] {
    var received: [Int32] = []
    var bytes = [UInt8](repeating: 0, count: 64)
    while true {
      let count = read(readEnd, &bytes, bytes.count)
      guard count > 0 else { break }
      for byte in bytes[0..<count] where !received.contains(Int32(byte)) {
        received.append(Int32(byte))
      }
    }
    return received
  }
}
