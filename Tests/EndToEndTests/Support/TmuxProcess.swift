import Foundation
import Glibc

/// Runs the tmux client with `posix_spawn`, a clean signal mask and default signal actions.
///
/// Foundation's `Process` passes on the test thread's blocked signals (and an internal socket);
/// a tmux server started that way ignores `kill-server` (it signals itself with SIGTERM) and
/// never notices its children exit.
enum TmuxProcess {
  /// What one run printed and how it ended.
  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// Runs `executable` with `arguments`; with `captureOutput` false, output goes to /dev/null
  /// (needed when the command starts a server, which would keep a pipe open).
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String], captureOutput: Bool = true
  ) throws -> Result {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptySet = sigset_t()
    sigemptyset(&emptySet)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &emptySet)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    var outputPipe: [Int32] = [-1, -1]
    var errorPipe: [Int32] = [-1, -1]
    if captureOutput {
      guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else { throw TmuxError(message: "pipe failed") }
      posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
      posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
      for end in outputPipe + errorPipe { posix_spawn_file_actions_addclose(&actions, end) }
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    if captureOutput {
      close(outputPipe[1])
      close(errorPipe[1])
    }
    guard spawned == 0 else {
      if captureOutput { [outputPipe[0], errorPipe[0]].forEach { _ = close($0) } }
      throw TmuxError(message: "could not start \(executable): error \(spawned)")
    }
    var result = Result(status: 0, output: "", errors: "")
    if captureOutput {
      result.output = readAll(outputPipe[0])
      result.errors = readAll(errorPipe[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    result.status = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return result
  }

  private static func readAll(_ descriptor: Int32) -> String {
    defer { close(descriptor) }
    var data = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = read(descriptor, &chunk, chunk.count)
      if count > 0 {
        data.append(contentsOf: chunk[0..<count])
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    return String(decoding: data, as: UTF8.self)
  }
}

/// What `/proc` says about processes: who a process's children are, its name and its state.
enum ProcessTable {
  /// The processes whose parent is `parent`.
  static func children(of parent: pid_t) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { pid_t($0) }.filter { fields(of: $0)?.parent == parent }
  }

  /// The command name (`comm`), such as `quietlegs`.
  static func name(of pid: pid_t) -> String? {
    (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The state letter: `R` running, `S` sleeping, `T` stopped, `Z` zombie; nil once it is gone.
  static func state(of pid: pid_t) -> Character? {
    fields(of: pid)?.state
  }

  /// Whether `pid` exists and has not ended (a zombie has ended).
  static func isAlive(_ pid: pid_t) -> Bool {
    guard let state = state(of: pid) else { return false }
    return state != "Z" && state != "X"
  }

  /// State and parent from `/proc/PID/stat` ("pid (comm) state ppid ..."; comm may hold spaces).
  private static func fields(of pid: pid_t) -> (state: Character, parent: pid_t)? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    let rest = stat[stat.index(after: close)...].split(separator: " ")
    guard rest.count >= 2, let state = rest[0].first, let parent = pid_t(rest[1]) else { return nil }
    return (state, parent)
  }
}
