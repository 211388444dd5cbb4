import CNcurses
import Foundation
import Glibc
import QuietLegsTUI

/// Runs the app in the terminal: draws the model, sleeps in `poll()` until a key, a signal or the
/// model's next deadline (no timeout at all when nothing animates), and feeds events to `update`.
public enum CursesRunner {
  /// Opens the terminal, runs until the user quits or a signal ends the program, and always
  /// restores the terminal before returning or throwing.
  /// `watchedFolder` is the journal's folder: a write there by another program wakes the loop
  /// and sends `.journalChanged`, so idle costs nothing and changes show at once.
  public static func run(
    _ model: inout AppModel, theme: Theme, watchedFolder: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment, mouse: Bool = false
  ) throws(TerminalError) -> ExitReason {
    let screen = try CursesScreen(theme: theme, environment: environment, mouse: mouse)
    defer { screen.close() }
    let signals = try SignalPipe()
    defer { signals.close() }
    let watcher = watchedFolder.flatMap(FolderWatcher.init(path:))
    defer { watcher?.close() }
    var loop = RunLoopState(screen: screen, signals: signals, watcher: watcher)
    return loop.run(&model)
  }
}

/// The state of one run of the loop.
private struct RunLoopState {
  let screen: CursesScreen
  let signals: SignalPipe
  let watcher: FolderWatcher?
  var keys = KeyReader()
  var repaintEverything = false

  mutating func run(_ model: inout AppModel) -> ExitReason {
    let size = screen.size
    _ = model.update(.resize(width: size.width, height: size.height))
    while true {
      draw(model)
      let wake = wait(until: earliest(model.nextDeadline, keys.deadline), now: model.monotonic.now)
      if wake.journalChanged, watcher?.drain() == true, carryOut(model.update(.journalChanged)) {
        return .quit
      }
      // Keys first: they were typed before the signal that woke the loop with them was handled
      // (keys sent at a too-small size, then a resize, act at the size they were typed at).
      var typed: [Key] = []
      if wake.input {
        guard let read = keys.read(now: model.monotonic.now) else {
          _ = model.prepareToQuit()
          return .signal(SIGHUP)
        }
        typed = read
      }
      if wake.terminalGone {
        _ = model.prepareToQuit()
        return .signal(SIGHUP)
      }
      typed += keys.expire(now: model.monotonic.now)
      for key in typed where carryOut(model.update(.key(key))) {
        return .quit
      }
      for signalNumber in signals.drain() {
        if let reason = handle(signal: signalNumber, model: &model) { return reason }
      }
      if let deadline = model.nextDeadline, deadline <= model.monotonic.now {
        if carryOut(model.update(.tick)) { return .quit }
      }
    }
  }

  private func earliest(_ first: Duration?, _ second: Duration?) -> Duration? {
    guard let first else { return second }
    guard let second else { return first }
    return min(first, second)
  }

  private mutating func draw(_ model: AppModel) {
    let size = screen.size
    var buffer = Buffer(width: size.width, height: size.height)
    model.render(into: &buffer)
    screen.draw(buffer, everything: repaintEverything)
    repaintEverything = false
  }

  /// Carries out effects; returns true when the program should quit.
  private mutating func carryOut(_ effects: [Effect]) -> Bool {
    for effect in effects {
      switch effect {
      case .quit: return true
      case .repaintAll: repaintEverything = true
      case .bell: screen.bell()
      case .status, .show, .journalChanged: break
      }
    }
    return false
  }

  /// Reacts to one signal; returns a reason when the program must end.
  private mutating func handle(signal signalNumber: Int32, model: inout AppModel) -> ExitReason? {
    switch signalNumber {
    case SIGINT, SIGTERM, SIGHUP:
      // Ending by signal or a closed terminal still keeps a running routine, as quitting does.
      _ = model.prepareToQuit()
      return .signal(signalNumber)
    case SIGTSTP:
      _ = model.update(.suspend)
      screen.suspend()
      _ = signal(SIGTSTP, SIG_DFL)
      _ = raise(SIGTSTP)
      signals.install(SIGTSTP)
      screen.resume()
      screen.updateSize()
      repaintEverything = true
      _ = carryOut(model.update(.resume))
    case SIGCONT:
      screen.updateSize()
      repaintEverything = true
    case SIGWINCH:
      screen.updateSize()
      let size = screen.size
      _ = model.update(.resize(width: size.width, height: size.height))
    default:
      break
    }
    return nil
  }

  /// What woke the loop.
  struct Wake {
    var input = false
    var terminalGone = false
    var journalChanged = false
  }

  /// Sleeps until input, a signal, or `deadline` (forever when nil).
  private func wait(until deadline: Duration?, now: Duration) -> Wake {
    var timeout: Int32 = -1
    if let deadline {
      let left = deadline - now
      let milliseconds = Double(left.components.seconds) * 1000 + Double(left.components.attoseconds) / 1e15
      timeout = Int32(max(0, min(milliseconds.rounded(.up), Double(Int32.max))))
    }
    var descriptors = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
    ]
    if let watcher { descriptors.append(pollfd(fd: watcher.descriptor, events: Int16(POLLIN), revents: 0)) }
    let result = poll(&descriptors, nfds_t(descriptors.count), timeout)
    var wake = Wake()
    if result > 0, descriptors[0].revents & Int16(POLLIN) != 0 {
      wake.input = true
    } else if result > 0, descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
      wake.terminalGone = true
    }
    if result > 0, descriptors.count > 2, descriptors[2].revents & Int16(POLLIN) != 0 {
      wake.journalChanged = true
    }
    return wake
  }
}
