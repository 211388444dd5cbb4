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
    let command =
      "trap '' INT; echo before-quietlegs; \(environmentWords(environment).map(Self.quote).joined(separator: " ")) "
      + "\(commandLine(arguments)); echo \"[exited $?]\"; sleep 600"
    try launch(["sh", "-c", command], width: width, height: height)
  }

  /// Starts `sh -c script` in the pane, with the same environment `start` gives the program.
  /// `commandLine(_:)` gives the words that run `quietlegs` inside `script`.
  func startShell(
    _ script: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]
  ) throws {
    try launch(environmentWords(environment) + ["sh", "-c", script], width: width, height: height)
  }

  /// Starts an interactive `sh -i` (so with job control: Ctrl-Z, `fg`) whose prompt is `ready> `;
  /// run commands in it with `type(_:)`.
  func startInteractiveShell(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
    var variables = environment
    variables["PS1"] = "ready> "
    try launch(
      ["env", "-u", "ENV"] + environmentWords(variables) + ["sh", "-i"], width: width, height: height)
  }

  /// `quietlegs` with `arguments` and `--data-dir`, quoted for `sh`.
  func commandLine(_ arguments: [String]) -> String {
    commandLine(arguments, dataDirectory: dataDirectory)
  }

  /// `quietlegs` with `arguments` and `--data-dir folder` (a folder other than the session's own,
  /// such as one shared with another session or a `QuietLegsProcess`), quoted for `sh`.
  func commandLine(_ arguments: [String], dataDirectory folder: URL) -> String {
    ([QuietLegsProcess.binary.path] + arguments + ["--data-dir", folder.path]).map(Self.quote)
      .joined(separator: " ")
  }

  /// Types `line` into the pane and presses Enter.
  func type(_ line: String) throws {
    try tmux(["send-keys", "-t", "main", "-l", line])
    try tmux(["send-keys", "-t", "main", "Enter"])
  }

  /// `env` words setting the session's variables (and dropping NO_COLOR and COLORTERM unless given).
  private func environmentWords(_ environment: [String: String]) -> [String] {
    var variables = [
      "XDG_CONFIG_HOME": configHome.path, "HOME": home.path, "LANG": "C.UTF-8",
      "QUIETLEGS_NOW": "2026-11-22T09:30:00+01:00", "TZ": "Europe/Berlin",
    ]
    variables.merge(environment) { _, new in new }
    let unset = (environment["NO_COLOR"] == nil ? ["-u", "NO_COLOR"] : []) + ["-u", "COLORTERM"]
    return ["env"] + unset + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
  }

  private func launch(_ command: [String], width: Int, height: Int) throws {
    isRunning = true
    try tmux(
      ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main"] + command, startsServer: true)
  }

  /// Sends tmux key names (`"2"`, `"Tab"`, `"BTab"`, `"Escape"`, `"C-l"`).
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "main"] + keys)
  }

  /// Sends `bytes` as they are (`send-keys -l`), such as a mouse report a terminal would send.
  func sendLiteral(_ bytes: String) throws {
    try tmux(["send-keys", "-t", "main", "-l", bytes])
  }

  /// Pastes `text` as a terminal does: marked as a paste (`ESC [ 200 ~ ... ESC [ 201 ~`) when
  /// the program asked for bracketed paste, as plain typing otherwise.
  /// With `marked: false`, as a terminal without bracketed paste does: plain bytes in one write.
  func paste(_ text: String, marked: Bool = true) throws {
    try tmux(["set-buffer", "-b", "e2e-paste", "--", text])
    try tmux(["paste-buffer"] + (marked ? ["-p"] : []) + ["-d", "-b", "e2e-paste", "-t", "main"])
  }

  /// Resizes the window, which the program sees as SIGWINCH.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible screen as text; with `colors`, including SGR escape sequences.
  func screen(colors: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "main"] + (colors ? ["-e"] : []))
  }

  /// Polls the screen every `interval` seconds until `condition` holds on a settled screen (two
  /// captures one interval apart agree), so a frame that tmux has only partly received is never
  /// the one checked; returns the last screen either way.
  @discardableResult
  func waitFor(
    timeout: TimeInterval = 5, interval: TimeInterval = 0.05, colors: Bool = false,
    _ condition: (String) -> Bool
  ) throws -> (matched: Bool, screen: String) {
    let deadline = Date().addingTimeInterval(timeout)
    var last = try screen(colors: colors)
    repeat {
      Thread.sleep(forTimeInterval: interval)
      let next = try screen(colors: colors)
      if next == last && condition(next) { return (true, next) }
      last = next
    } while Date() < deadline
    return (condition(last), last)
  }

  /// Polls until the screen contains `text`.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 5) throws -> (matched: Bool, screen: String) {
    try waitFor(timeout: timeout) { $0.contains(text) }
  }

  /// A tmux format evaluated for the pane, such as `#{alternate_on}` or `#{pane_title}`.
  func display(_ format: String) throws -> String {
    let output = try tmux(["display-message", "-p", "-t", "main", format])
    return output.hasSuffix("\n") ? String(output.dropLast()) : output
  }

  /// The process id of `quietlegs` running in the pane (a child of the pane's shell), once it
  /// has started; nil if it does not appear within `timeout`.
  func programPID(timeout: TimeInterval = 5) throws -> pid_t? {
    guard let shell = pid_t(try display("#{pane_pid}")) else { return nil }
    var found: pid_t?
    _ = Self.poll(timeout: timeout) {
      found = ProcessTable.children(of: shell).first { ProcessTable.name(of: $0) == "quietlegs" }
      return found != nil
    }
    return found
  }

  /// Calls `condition` every `interval` seconds (50 ms unless told) until it holds or `timeout`
  /// passes; returns whether it held.
  static func poll(
    timeout: TimeInterval = 5, interval: TimeInterval = 0.05, _ condition: () throws -> Bool
  ) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      if try condition() { return true }
      Thread.sleep(forTimeInterval: interval)
    } while Date() < deadline
    return false
  }

  // MARK: Restarting the program in the same pane

  /// Keeps a pane whose program has ended, with its last screen, until `respawnShell` (tmux's
  /// `remain-on-exit`). Call it right after starting the session.
  func keepPaneAfterExit() throws {
    try tmux(["set-option", "-g", "remain-on-exit", "on"])
  }

  /// Whether the pane's program has ended (with `keepPaneAfterExit`). By then tmux has read
  /// everything the program wrote, so `screen()` shows its last output.
  func paneHasExited() throws -> Bool {
    try display("#{pane_dead}") == "1"
  }

  /// The pane's own process: the program itself when the pane's script `exec`s it.
  func panePID() throws -> pid_t? {
    pid_t(try display("#{pane_pid}"))
  }

  /// Runs `sh -c script` again, with the same environment `start` gives the program, in a pane
  /// whose program has ended: a new terminal (no leftover input or modes) and a blank screen.
  func respawnShell(_ script: String, environment: [String: String] = [:]) throws {
    try tmux(["respawn-pane", "-t", "main"] + environmentWords(environment) + ["sh", "-c", script])
  }

  /// Kills the tmux server and removes its socket file and the temporary home.
  func close() {
    if isRunning {
      _ = try? tmux(["kill-server"])
      isRunning = false
    }
    let folder =
      ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    unlink("\(folder)/tmux-\(getuid())/\(socket)")
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

// MARK: - Judging the screen and the terminal

extension TmuxSession {
  /// What tmux reports about the modes a full-screen program switches on, as one readable line.
  /// After a program ends it must be `TmuxSession.restoredModes`.
  func terminalModes() throws -> String {
    try display(
      "alternate_on=#{alternate_on} cursor_flag=#{cursor_flag} keypad_flag=#{keypad_flag} "
        + "keypad_cursor_flag=#{keypad_cursor_flag}")
  }

  /// The modes of a shell's terminal: main screen, cursor shown, normal keypad and cursor keys.
  static let restoredModes = "alternate_on=0 cursor_flag=1 keypad_flag=0 keypad_cursor_flag=0"

  /// A `sh` line printing `[tty isig icanon echo]` when the line discipline is back in its
  /// ordinary mode (a mode left off shows as `-icanon` and so on).
  static let terminalModesReport =
    #"m=" $(stty -a | tr ';\n' '  ') "; r=""; for f in isig icanon echo; do "#
    + #"case "$m" in *" -$f "*) r="$r -$f";; *) r="$r $f";; esac; done; echo "[tty$r]""#

  /// Whether `screen` (a `height`-row capture) is the program's whole frame: the header on the
  /// first row (name on the left, the date on the right) and the footer of keys on the last row.
  static func isFullFrame(_ screen: String, height: Int) -> Bool {
    let rows = screen.components(separatedBy: "\n")
    guard rows.count >= height else { return false }
    let header = trimmingTrailingSpaces(rows[0])
    return header.hasPrefix(" QuietLegs ") && header.contains("1 Calendar")
      && header.hasSuffix("Sun 22 Nov 2026")
      && !trimmingTrailingSpaces(rows[height - 1]).isEmpty
  }

  /// The SGR sequences in a `capture-pane -e` screen that set a foreground or background colour.
  static func colorSequences(in screen: String) -> [String] {
    var found: [String] = []
    var rest = Substring(screen)
    while let start = rest.range(of: "\u{1B}[") {
      let body = rest[start.upperBound...]
      guard let end = body.firstIndex(where: { $0.isLetter }) else { break }
      let parameters = body[..<end].split(whereSeparator: { $0 == ";" || $0 == ":" }).compactMap { Int($0) }
      let isColor = parameters.contains {
        (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0)
      }
      if body[end] == "m", isColor { found.append("ESC[" + body[..<end] + "m") }
      rest = body[end...]
    }
    return found
  }

  /// Characters that must never reach a terminal from user text: C0 and C1 controls (other than a
  /// line break), DEL, bidi controls and zero-width characters; described for a failure message.
  static func unsafeCharacters(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x0A: return false
      case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
        return true
      default: return false
      }
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  private static func trimmingTrailingSpaces(_ row: String) -> String {
    var row = Substring(row)
    while row.last == " " { row = row.dropLast() }
    return String(row)
  }
}
