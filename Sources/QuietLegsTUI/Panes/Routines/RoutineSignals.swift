import QuietLegsCore

/// What a routine does beyond the screen: the sound at each change of phase, and the command
/// run when it ends. Commands run in the background (`BackgroundCommands`), with their output
/// thrown away, so nothing they print reaches the screen and nothing waits for them.
public struct RoutineSignals {
  public var sound: RoutineSound
  /// The night theme is on: only a new phase or the end sounds, not the 3-2-1 of a hold, and a
  /// sound command finds `QUIETLEGS_SOUND=soft` in its environment.
  public var soft: Bool
  /// The command run when a routine ends (`--on-done` or `on_routine_done`), as words.
  public var onDone: [String]?
  /// The environment commands start from (the program's own).
  public var environment: [String: String]
  /// Runs the commands; nil runs none (tests, the benchmark).
  public var runner: BackgroundCommands?
  public var hookTimeLimit = RoutineEndHook.timeLimit
  public var soundTimeLimit = Duration.seconds(10)

  public init(
    sound: RoutineSound = .bell, soft: Bool = false, onDone: [String]? = nil,
    environment: [String: String] = [:],
    runner: BackgroundCommands? = nil
  ) {
    self.sound = sound
    self.soft = soft
    self.onDone = onDone
    self.environment = environment
    self.runner = runner
  }

  /// The effects for a batch of cues (one sound per batch: a late wake-up sounds once); a sound
  /// command is started here and gives no effect.
  func effects(for cues: [RoutineCue], bell: Bool) -> [Effect] {
    let sounding = soft ? cues.filter { $0.isChange } : cues
    guard !sounding.isEmpty else { return [] }
    switch sound {
    case .none: return []
    case .bell: return bell ? [.bell] : []
    case .command(let words):
      // A played file may last a second or more: only changes start one, never the 3-2-1.
      guard sounding.contains(where: \.isChange) else { return [] }
      var environment = self.environment
      environment["QUIETLEGS_SOUND"] = soft ? "soft" : "normal"
      runner?.start(words, environment: environment, timeLimit: soundTimeLimit, label: "sound_command")
      return []
    }
  }

  /// Starts the end command, if any, for a run of `routine` that ended with `outcome`.
  /// Returns true when a command was started.
  func routineEnded(_ routine: Routine, outcome: RoutineOutcome, stepsDone: Int) -> Bool {
    guard let onDone, let runner else { return false }
    var environment = self.environment
    for (key, value) in RoutineEndHook.variables(
      routineId: routine.id, outcome: outcome, stepsDone: stepsDone)
    {
      environment[key] = value
    }
    runner.start(onDone, environment: environment, timeLimit: hookTimeLimit, label: "on_routine_done")
    return true
  }

  /// What went wrong with commands since the last look, as one status message.
  func problems() -> StatusMessage? {
    guard let problems = runner?.takeProblems(), let first = problems.first else { return nil }
    let more = problems.count > 1 ? " (+\(problems.count - 1) more)" : ""
    return StatusMessage(first.message + more, kind: .warning)
  }

  /// True while a command started here has not ended.
  var isRunning: Bool { runner?.isRunning ?? false }
}

extension RoutineCue {
  /// A new phase or the end: what sounds in the night theme.
  fileprivate var isChange: Bool {
    switch self {
    case .phaseStarted, .finished: return true
    case .countdown: return false
    }
  }
}
