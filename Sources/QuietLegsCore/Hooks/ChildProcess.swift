import Foundation

/// How a command run by `ChildProcess` ended, and what it printed (when asked for).
public struct CommandResult: Sendable, Equatable {
  /// The end of a run.
  public enum Ending: Sendable, Equatable {
    case exited(Int32)
    case signalled(Int32)
    /// It ran past its time limit and was stopped (its process group got SIGTERM, then SIGKILL).
    case timedOut
    /// It could not be started (no such program, not executable): the system's reason.
    case couldNotStart(String)
  }

  public var ending: Ending
  public var output: String
  public var errorOutput: String

  public init(ending: Ending, output: String = "", errorOutput: String = "") {
    self.ending = ending
    self.output = output
    self.errorOutput = errorOutput
  }

  /// True for exit status 0.
  public var succeeded: Bool { ending == .exited(0) }

  /// `exit status 2`, `killed by signal 9`, `no answer within 10 s; stopped`, ...
  public func describe(timeLimit: Duration) -> String {
    switch ending {
    case .exited(let status): return "exit status \(status)"
    case .signalled(let number): return "ended by signal \(number)"
    case .timedOut:
      let seconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) / 1e18
      let text = seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
      return "no end within \(text) s; stopped"
    case .couldNotStart(let reason): return "could not start: \(reason)"
    }
  }
}

/// Runs a program directly (no shell), found on `PATH` unless its name has a `/`, in a session
/// and process group of its own (no controlling terminal), with a time limit; standard input is `input` or empty.
public enum ChildProcess {
  public static func run(
    _ words: [String], environment: [String: String], input: Data? = nil, timeLimit: Duration,
    captureOutput: Bool = true
  ) -> CommandResult {
    switch start(words, environment: environment, input: input, captureOutput: captureOutput) {
    case .success(let started): return finish(started, timeLimit: timeLimit)
    case .failure(let failure): return failure.result
    }
  }

  /// A started program: its process id and the pipes to it.
  public struct Started: Sendable {
    let pid: pid_t
    fileprivate let exchange: Exchange
  }

  /// A program that could not be started, as a result.
  public struct StartFailure: Error {
    public let result: CommandResult
  }

  /// Starts the program and returns at once (the start itself is done when this returns).
  public static func start(
    _ words: [String], environment: [String: String], input: Data? = nil, captureOutput: Bool = true
  ) -> Result<Started, StartFailure> {
    func failed(_ reason: String) -> Result<Started, StartFailure> {
      .failure(StartFailure(result: CommandResult(ending: .couldNotStart(reason))))
    }
    guard let program = words.first, !program.isEmpty else { return failed("no program named") }
    let path = program.contains("/") ? program : find(program, path: environment["PATH"] ?? "/usr/bin:/bin")
    guard let path else { return failed("'\(program)' was not found on PATH") }

    var stdinPipe: [Int32] = [-1, -1]
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    guard pipe(&stdinPipe) == 0 else { return failed(String(cString: strerror(errno))) }
    if captureOutput {
      _ = pipe(&outPipe)
      _ = pipe(&errPipe)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
    if captureOutput {
      posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
      posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    for fd in stdinPipe + outPipe + errPipe where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCHLD, SIGWINCH] {
      sigaddset(&defaults, number)
    }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &empty)
    // A session of its own: its own process group (stopped as one at the time limit), and no
    // controlling terminal, so it cannot write to the screen through /dev/tty.
    posix_spawnattr_setflags(
      &attributes, Int16(spawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = words.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    close(stdinPipe[0])
    if captureOutput {
      close(outPipe[1])
      close(errPipe[1])
    }
    guard spawned == 0 else {
      close(stdinPipe[1])
      if captureOutput {
        close(outPipe[0])
        close(errPipe[0])
      }
      return failed("\(path): \(String(cString: strerror(spawned)))")
    }
    // A program that closes its input early must not end this one with SIGPIPE.
    if input != nil { signal(SIGPIPE, SIG_IGN) }
    let exchange = Exchange(
      input: input.map { Array($0) } ?? [], stdin: stdinPipe[1], stdout: outPipe[0], stderr: errPipe[0])
    return .success(Started(pid: pid, exchange: exchange))
  }

  /// Feeds and drains the started program until it ends or `timeLimit` passes; then its
  /// process group gets SIGTERM and, a second later, SIGKILL.
  public static func finish(_ started: Started, timeLimit: Duration) -> CommandResult {
    let pid = started.pid
    var exchange = started.exchange
    let deadline = MonotonicClock.system.now + timeLimit
    var status: Int32 = 0
    var timedOut = false
    while true {
      let left = deadline - MonotonicClock.system.now
      if left <= .zero {
        timedOut = true
        break
      }
      if exchange.isOpen {
        exchange.step(timeoutMilliseconds: Int32(min(left.components.seconds * 1000 + 1, 200)))
      } else {
        if waitpid(pid, &status, WNOHANG) == pid { break }
        usleep(5_000)
      }
      if !exchange.isOpen, waitpid(pid, &status, WNOHANG) == pid { break }
    }
    if timedOut {
      kill(-pid, SIGTERM)
      var reaped = false
      for _ in 0..<100 {
        if waitpid(pid, &status, WNOHANG) == pid {
          reaped = true
          break
        }
        usleep(10_000)
      }
      kill(-pid, SIGKILL)
      if !reaped { waitpid(pid, &status, 0) }
    }
    exchange.closeAll()
    let output = String(decoding: exchange.output, as: UTF8.self)
    let errorOutput = String(decoding: exchange.errorOutput, as: UTF8.self)
    if timedOut { return CommandResult(ending: .timedOut, output: output, errorOutput: errorOutput) }
    let signal = status & 0x7f
    let ending: CommandResult.Ending = signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    return CommandResult(ending: ending, output: output, errorOutput: errorOutput)
  }

  /// glibc's POSIX_SPAWN_SETSID (2.26 and later), which Swift does not import (`_GNU_SOURCE` only).
  private static let spawnSetSID: Int32 = 0x80

  /// The first executable `name` in the folders of `path`.
  public static func find(_ name: String, path: String) -> String? {
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

}

/// Feeding standard input and draining both outputs without blocking on any of them.
private struct Exchange: Sendable {
  var input: [UInt8]
  var stdin: Int32
  var stdout: Int32
  var stderr: Int32
  var output: [UInt8] = []
  var errorOutput: [UInt8] = []

  init(input: [UInt8], stdin: Int32, stdout: Int32, stderr: Int32) {
    self.input = input
    self.stdin = stdin
    self.stdout = stdout
    self.stderr = stderr
    if input.isEmpty { closeInput() }
  }

  var isOpen: Bool { stdin >= 0 || stdout >= 0 || stderr >= 0 }

  mutating func step(timeoutMilliseconds: Int32) {
    var fds = [
      pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0),
      pollfd(fd: stdout, events: Int16(POLLIN), revents: 0),
      pollfd(fd: stderr, events: Int16(POLLIN), revents: 0),
    ]
    guard poll(&fds, 3, timeoutMilliseconds) > 0 else { return }
    if fds[0].revents != 0 {
      let written = input.withUnsafeBytes { write(stdin, $0.baseAddress, min($0.count, 4096)) }
      if written > 0 { input.removeFirst(written) }
      if written <= 0 || input.isEmpty { closeInput() }
    }
    if fds[1].revents != 0 { Self.read(from: &stdout, into: &output) }
    if fds[2].revents != 0 { Self.read(from: &stderr, into: &errorOutput) }
  }

  /// Reads what is there; closes `fd` at the end of the stream.
  private static func read(from fd: inout Int32, into bytes: inout [UInt8]) {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = Glibc.read(fd, &buffer, buffer.count)
    if count > 0 {
      if bytes.count < 1 << 20 { bytes += buffer[0..<count] }
      return
    }
    close(fd)
    fd = -1
  }

  private mutating func closeInput() {
    if stdin >= 0 { close(stdin) }
    stdin = -1
  }

  mutating func closeAll() {
    closeInput()
    if stdout >= 0 { close(stdout) }
    if stderr >= 0 { close(stderr) }
    stdout = -1
    stderr = -1
  }
}
