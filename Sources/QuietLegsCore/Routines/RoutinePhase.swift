/// One timed part of a run: a single hold of a step, or the rest after it before the next repeat.
public struct RoutinePhase: Sendable, Equatable {
  /// 0-based index of the step this phase belongs to.
  public var stepIndex: Int
  /// The step's title and cue.
  public var title: String
  public var cue: String
  /// 1-based repeat of the step; for a rest, the repeat just finished.
  public var repetition: Int
  /// How many repeats the step has.
  public var repetitions: Int
  /// The leg for this hold (`.left` or `.right`, never `.alternate`); nil for rests and steps without a side.
  public var side: RoutineSide?
  /// True for the rest between two holds.
  public var isRest: Bool
  /// Start, as whole seconds of active (unpaused) time after the run's start.
  public var startSecond: Int
  /// Length in whole seconds.
  public var seconds: Int

  public init(
    stepIndex: Int, title: String, cue: String, repetition: Int, repetitions: Int, side: RoutineSide?,
    isRest: Bool, startSecond: Int, seconds: Int
  ) {
    self.stepIndex = stepIndex
    self.title = title
    self.cue = cue
    self.repetition = repetition
    self.repetitions = repetitions
    self.side = side
    self.isRest = isRest
    self.startSecond = startSecond
    self.seconds = seconds
  }

  /// End, as whole seconds of active time after the run's start.
  public var endSecond: Int { startSecond + seconds }
}
