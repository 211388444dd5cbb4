/// One run of a routine as a pure state machine: every call is given the current time and the
/// run never reads a clock, so tests drive hours of routine in microseconds.
///
/// Times are monotonic `Duration`s since any fixed origin (for example `ContinuousClock.now`
/// minus the app's launch instant). Phase ends are deadlines at whole seconds of active time
/// after the start; pausing shifts them by the paused time, so they stay exact however long it runs.
///
/// Controls: `pause`/`resume`; `skip` jumps to the next step (past the last step the run is
/// finished; it counts as completed only when every step was done in full, see
/// `stepsDoneInFull(at:)`); `back` restarts the current step when more than
/// 2 seconds of it have passed, otherwise goes to the start of the previous step (the first
/// step just restarts); `stop` ends the run early. Controls do nothing once finished or stopped.
public struct RoutineRun: Sendable, Equatable {
  /// How far into a step `back` restarts it instead of going to the previous step.
  public static let backRestartThreshold = Duration.seconds(2)

  public let routine: Routine
  public let plan: RoutinePlan
  public let startedAt: Duration
  /// The instant at which active time would be zero; pauses and jumps move it.
  private var origin: Duration
  /// While paused or after a stop: active time stands still from this instant.
  private var frozenAt: Duration?
  private var stoppedAtStep: Int?
  /// Active time up to which `takeCues(at:)` has reported cues.
  private var cuesReportedThrough = Duration.zero
  /// Second of active time where the current stretch of uninterrupted play began (a jump by
  /// `skip` or `back` starts a new one; a pause does not).
  private var stretchStart = 0
  /// Steps played from their start to their end in an earlier stretch.
  private var stepsPlayed: Set<Int> = []

  public init(routine: Routine, startedAt: Duration) {
    self.routine = routine
    self.plan = RoutinePlan(routine: routine)
    self.startedAt = startedAt
    self.origin = startedAt
  }

  // MARK: - Reading

  /// Active (unpaused) time into the plan at `now`, from zero to the plan's total.
  public func elapsed(at now: Duration) -> Duration {
    let reference = frozenAt.map { min($0, now) } ?? now
    return min(max(reference - origin, .zero), .seconds(plan.totalSeconds))
  }

  /// Running, paused, finished (the end was reached) or stopped (ended early).
  public func status(at now: Duration) -> RoutineSnapshot.Status {
    if stoppedAtStep != nil { return .stopped }
    if elapsed(at: now) >= .seconds(plan.totalSeconds) { return .finished }
    return frozenAt == nil ? .running : .paused
  }

  /// Everything the screen shows at `now`.
  public func snapshot(at now: Duration) -> RoutineSnapshot {
    RoutineSnapshot(plan: plan, status: status(at: now), elapsed: elapsed(at: now))
  }

  /// The next instant after `now` at which anything shown changes: the next whole second of
  /// active time (countdowns tick and phases end on those). Nil unless running.
  public func nextDeadline(after now: Duration) -> Duration? {
    guard status(at: now) == .running else { return nil }
    return origin + .seconds(elapsed(at: now).wholeSeconds + 1)
  }

  /// How many steps were played from their start to their end, by `now`, without a skip
  /// cutting into them (a step restarted with `back` and then played through counts).
  public func stepsDoneInFull(at now: Duration) -> Int {
    stepsPlayed.union(stepsPlayedInStretch(through: elapsed(at: now))).count
  }

  /// How the run ended, for the journal; nil while it is still going or paused.
  public func outcome(at now: Duration) -> RoutineOutcome? {
    switch status(at: now) {
    case .finished:
      let done = stepsDoneInFull(at: now)
      return done == plan.stepStartSeconds.count ? .completed : .skippedThrough(stepsDone: done)
    case .stopped: return .stopped(atStep: stoppedAtStep ?? 0)
    case .running, .paused: return nil
    }
  }

  /// The cues due between two instants (`from` excluded, `to` included), assuming no control
  /// was used in between; see `takeCues(at:)` for a version that follows pauses and jumps.
  public func cues(from: Duration, to: Duration) -> [RoutineCue] {
    plan.cues(after: elapsed(at: from), through: elapsed(at: to))
  }

  // MARK: - Controls

  /// The cues due since the last call (or the start), up to `now`. Jumps by `skip` and `back`
  /// ring nothing for the skipped time; after `back`, countdowns ring again when reached.
  public mutating func takeCues(at now: Duration) -> [RoutineCue] {
    let current = elapsed(at: now)
    defer { cuesReportedThrough = max(cuesReportedThrough, current) }
    return plan.cues(after: cuesReportedThrough, through: current)
  }

  /// Holds the countdown still; nothing changes until `resume`.
  public mutating func pause(at now: Duration) {
    guard status(at: now) == .running else { return }
    frozenAt = now
  }

  /// Continues from where the pause began; every later deadline moves by the paused time.
  public mutating func resume(at now: Duration) {
    guard status(at: now) == .paused, let frozenAt else { return }
    origin += max(now, frozenAt) - frozenAt
    self.frozenAt = nil
  }

  /// Pauses a running run, resumes a paused one.
  public mutating func togglePause(at now: Duration) {
    if status(at: now) == .paused { resume(at: now) } else { pause(at: now) }
  }

  /// Jumps to the start of the next step; from the last step, to the end (finished).
  public mutating func skip(at now: Duration) {
    guard isActive(at: now) else { return }
    let next = plan.stepIndex(at: elapsed(at: now)) + 1
    jump(
      toSecond: next < plan.stepStartSeconds.count ? plan.stepStartSeconds[next] : plan.totalSeconds, at: now)
  }

  /// Restarts the current step, or goes to the previous one within its first 2 seconds.
  public mutating func back(at now: Duration) {
    guard isActive(at: now) else { return }
    let current = elapsed(at: now)
    let step = plan.stepIndex(at: current)
    let intoStep = current - .seconds(plan.stepStartSeconds[step])
    let target = intoStep > Self.backRestartThreshold || step == 0 ? step : step - 1
    jump(toSecond: plan.stepStartSeconds[target], at: now)
  }

  /// Ends the run early, remembering the step it was in.
  public mutating func stop(at now: Duration) {
    guard isActive(at: now) else { return }
    stoppedAtStep = plan.stepIndex(at: elapsed(at: now))
    frozenAt = frozenAt ?? now
  }

  private func isActive(at now: Duration) -> Bool {
    let status = status(at: now)
    return status == .running || status == .paused
  }

  /// Moves the position to `second` of active time; a paused run stays paused there.
  private mutating func jump(toSecond second: Int, at now: Duration) {
    stepsPlayed.formUnion(stepsPlayedInStretch(through: elapsed(at: now)))
    stretchStart = second
    origin = (frozenAt ?? now) - .seconds(second)
    cuesReportedThrough = .seconds(second)
  }

  /// The steps wholly inside the current stretch, from its start to `position`.
  private func stepsPlayedInStretch(through position: Duration) -> Set<Int> {
    let starts = plan.stepStartSeconds
    return Set(
      starts.indices.filter { step in
        let end = step + 1 < starts.count ? starts[step + 1] : plan.totalSeconds
        return starts[step] >= stretchStart && .seconds(end) <= position
      })
  }
}
