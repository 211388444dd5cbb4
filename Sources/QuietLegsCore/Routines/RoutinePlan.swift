/// A routine laid out as consecutive phases with fixed start offsets, so every phase end is a
/// deadline counted from the start rather than a sum of sleeps.
public struct RoutinePlan: Sendable, Equatable {
  /// Every hold and rest in order; never empty.
  public let phases: [RoutinePhase]
  /// Start of each step, in seconds of active time.
  public let stepStartSeconds: [Int]
  /// The steps' titles, for "next" labels.
  public let stepTitles: [String]
  /// Length of the whole run in seconds of active time.
  public let totalSeconds: Int

  /// Expands each step into holds (one per repeat, sides resolved) with rests between them.
  /// A routine without any time to run is a programming error: loaded routines always have some.
  public init(routine: Routine) {
    var phases: [RoutinePhase] = []
    var starts: [Int] = []
    var clock = 0
    for (index, step) in routine.steps.enumerated() {
      starts.append(clock)
      for repetition in 1...max(1, step.repetitions) {
        func add(isRest: Bool, seconds: Int) {
          guard seconds > 0 else { return }
          phases.append(
            RoutinePhase(
              stepIndex: index, title: step.title, cue: step.cue, repetition: repetition,
              repetitions: step.repetitions, side: isRest ? nil : step.side(forRepetition: repetition),
              isRest: isRest, startSecond: clock, seconds: seconds))
          clock += seconds
        }
        add(isRest: false, seconds: step.seconds)
        if repetition < step.repetitions { add(isRest: true, seconds: step.restSeconds) }
      }
    }
    precondition(clock > 0, "routine '\(routine.id)' has no time to run")
    self.phases = phases
    self.stepStartSeconds = starts
    self.stepTitles = routine.steps.map(\.title)
    self.totalSeconds = clock
  }

  /// Index of the phase running at `elapsed` active time (the last phase once the run is over).
  public func phaseIndex(at elapsed: Duration) -> Int {
    var low = 0
    var high = phases.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if Duration.seconds(phases[middle].startSecond) <= elapsed { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Index of the step running at `elapsed` active time.
  public func stepIndex(at elapsed: Duration) -> Int { phases[phaseIndex(at: elapsed)].stepIndex }
}
