import Foundation

/// A private tmux server (its own socket, no config file) running one command in a pane of a
/// fixed size, for driving the real full-screen binary: send keys, resize, read the screen.
final class TmuxSession {
  /// Whether tmux is installed (the tests that need it are skipped otherwise).
  static let isAvailable = TmuxSession.executable != nil

  private static let executable: URL? = {
    for folder in ["/usr/bin", "/usr/local/bin", "/bin"] {
      let candidate = URL(fileURLWithPath: folder).appendingPathComponent("tmux")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()

  /// A temporary home for this session: `data/` for `--data-dir`, `config/` for XDG_CONFIG_HOME.
  let home: URL
  private let socket: String
  private var isRunning = false

  var dataDirectory: URL { home.appendingPathComponent("data") }
  var configHome: URL { home.appendingPathComponent("config") }

  init() throws {
    let unique = UUID().uuidString.prefix(8)
    socket = "ql-e2e-\(getpid())-\(unique)"
    home = FileManager.default.temporaryDirectory.appendingPathComponent("ql-tmux-\(unique)")
    try FileManager.default.createDirectory(at: configHome, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
  }

  deinit { close() }

  /// Starts `quietlegs` with `arguments` (plus `--data-dir`) in a `width` x `height` pane. A shell
  /// wrapper prints `before-quietlegs` first and `[exited N]` after, then keeps the pane open.
  func start(
    _ arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:]
  ) throws {
    var variables = [
      "XDG_CONFIG_HOME": configHome.path, "HOME": home.path, "LANG": "C.UTF-8",
      "QUIETLEGS_NOW": "2026-11-22T09:30:00+01:00", "TZ": "Europe/Berlin",
    ]
    variables.merge(environment) { _, new in new }
    let assignments = variables.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
    let program = ([QuietLegsProcess.binary.path] + arguments + ["--data-dir", dataDirectory.path]).map(Self.quote)
    let unset = environment["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
    let command =
      "trap '' INT; echo before-quietlegs; env \(unset)-u COLORTERM \(assignments.joined(separator: " ")) "
      + "\(program.joined(separator: " ")); echo \"[exited $?]\"; sleep 600"
    isRunning = true
    try tmux(
      ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", "sh", "-c", command], startsServer: true)
  }

  /// Sends tmux key names (`"2"`, `"Tab"`, `"BTab"`, `"Escape"`, `"C-l"`).
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "main"] + keys)
  }

  /// Resizes the window, which the program sees as SIGWINCH.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible screen as text; with `colors`, including SGR escape sequences.
  func screen(colors: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "main"] + (colors ? ["-e"] : []))
  }

  /// Polls the screen until `condition` holds; returns the last screen either way.
  @discardableResult
  func waitFor(
    timeout: TimeInterval = 5, colors: Bool = false, _ condition: (String) -> Bool
  ) throws -> (matched: Bool, screen: String) {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    repeat {
      last = try screen(colors: colors)
      if condition(last) { return (true, last) }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    return (false, last)
  }

  /// Polls until the screen contains `text`.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 5) throws -> (matched: Bool, screen: String) {
    try waitFor(timeout: timeout) { $0.contains(text) }
  }

  /// Kills the tmux server and removes the temporary home.
  func close() {
    if isRunning {
      _ = try? tmux(["kill-server"])
      isRunning = false
    }
    try? FileManager.default.removeItem(at: home)
  }

  @discardableResult
  private func tmux(_ arguments: [String], startsServer: Bool = false) throws -> String {
    guard let executable = Self.executable else { throw TmuxError(message: "tmux is not installed") }
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "TMUX")
    environment["LANG"] = "C.UTF-8"
    let result = try TmuxProcess.run(
      executable.path, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment,
      captureOutput: !startsServer)
    guard result.status == 0 else {
      throw TmuxError(message: "tmux \(arguments.first ?? "") failed (\(result.status)): \(result.errors)")
    }
    return result.output
  }

  /// Wraps a word in single quotes for `sh`.
  private static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// A tmux command that failed.
struct TmuxError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
