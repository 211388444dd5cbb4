import Foundation

/// Commands run on threads of their own so the caller never waits (a routine's end hook, the
/// sound at a step change); what went wrong is collected for the caller to report later.
public final class BackgroundCommands: @unchecked Sendable {
  /// A command that failed: its label (the setting it came from) and how it ended.
  public struct Problem: Sendable, Equatable {
    public var label: String
    public var result: CommandResult
    public var timeLimit: Duration

    /// `on_routine_done: 'notify.sh' failed (exit status 2)`.
    public var message: String {
      "\(label) failed (\(result.describe(timeLimit: timeLimit)))"
    }
  }

  private let lock = NSLock()
  private var running = 0
  private var problems: [Problem] = []

  public init() {}

  /// True while a started command has not ended.
  public var isRunning: Bool { lock.withLock { running > 0 } }

  /// Starts `words` and returns at once; its output goes nowhere.
  public func start(_ words: [String], environment: [String: String], timeLimit: Duration, label: String) {
    // Started here, so it runs even if this program ends at once (a routine saved on quitting);
    // only the waiting is done on another thread.
    let started = ChildProcess.start(words, environment: environment, captureOutput: false)
    lock.withLock { running += 1 }
    let thread = Thread { [self] in
      let result: CommandResult
      switch started {
      case .success(let child): result = ChildProcess.finish(child, timeLimit: timeLimit)
      case .failure(let failure): result = failure.result
      }
      lock.withLock {
        running -= 1
        if !result.succeeded { problems.append(Problem(label: label, result: result, timeLimit: timeLimit)) }
      }
    }
    thread.start()
  }

  /// The problems since the last call.
  public func takeProblems() -> [Problem] {
    lock.withLock {
      defer { problems = [] }
      return problems
    }
  }

  /// Waits until nothing runs (tests, and the end of a command-line run), at most `limit`.
  public func waitUntilIdle(limit: Duration) {
    let end = MonotonicClock.system.now + limit
    while isRunning, MonotonicClock.system.now < end { usleep(5_000) }
  }
}
