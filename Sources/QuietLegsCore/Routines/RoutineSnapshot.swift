/// What a run shows at one instant: the current phase, its countdown, progress and what is next.
public struct RoutineSnapshot: Sendable, Equatable {
  /// Whether the run is moving, held, or over.
  public enum Status: Sendable, Equatable {
    case running, paused, finished, stopped
  }

  public var status: Status
  /// The current phase (the last one once finished).
  public var phase: RoutinePhase
  /// Index of `phase` in the plan.
  public var phaseIndex: Int
  /// Number of steps in the routine.
  public var stepCount: Int
  /// Whole seconds left in the phase, rounded up as a countdown shows them (0 once finished).
  public var remainingSeconds: Int
  /// Share of the phase done, 0...1.
  public var phaseProgress: Double
  /// Share of the whole run done, 0...1.
  public var routineProgress: Double
  /// Active (unpaused) time since the start.
  public var elapsed: Duration
  /// Whole seconds left in the whole run, rounded up.
  public var remainingRoutineSeconds: Int
  /// The phase after this one (a rest, the next repeat or the next step); nil on the last.
  public var nextPhase: RoutinePhase?
  /// Title of the next step; nil during the last step.
  public var nextStepTitle: String?

  /// The view of `plan` after `elapsed` active time.
  init(plan: RoutinePlan, status: Status, elapsed: Duration) {
    let index = plan.phaseIndex(at: elapsed)
    let phase = plan.phases[index]
    let total = Duration.seconds(plan.totalSeconds)
    self.status = status
    self.phase = phase
    self.phaseIndex = index
    self.stepCount = plan.stepStartSeconds.count
    self.remainingSeconds = max(0, (.seconds(phase.endSecond) - elapsed).wholeSecondsRoundedUp)
    self.phaseProgress = min(1, max(0, (elapsed - .seconds(phase.startSecond)) / .seconds(phase.seconds)))
    self.routineProgress = min(1, max(0, elapsed / total))
    self.elapsed = elapsed
    self.remainingRoutineSeconds = max(0, (total - elapsed).wholeSecondsRoundedUp)
    self.nextPhase = index + 1 < plan.phases.count ? plan.phases[index + 1] : nil
    self.nextStepTitle =
      phase.stepIndex + 1 < plan.stepTitles.count ? plan.stepTitles[phase.stepIndex + 1] : nil
  }
}
