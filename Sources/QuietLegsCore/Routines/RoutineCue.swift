/// Something the user should hear or see at an instant of a run.
public enum RoutineCue: Sendable, Equatable {
  /// A new phase (hold or rest) began: ring the bell and flash. Not sent for the very first phase.
  case phaseStarted(RoutinePhase)
  /// This many whole seconds (3, 2 or 1) are left in a hold: a short countdown beep.
  /// Only for seconds after the hold began, so a 3-second hold counts "2", "1".
  case countdown(Int)
  /// The last phase ended.
  case finished
}

extension RoutinePlan {
  /// The cues due at the whole seconds of active time `s` with `from < s <= to`, in order.
  public func cues(after from: Duration, through to: Duration) -> [RoutineCue] {
    let first = max(0, from.wholeSeconds) + 1
    let last = min(totalSeconds, to.wholeSeconds)
    guard first <= last else { return [] }
    var cues: [RoutineCue] = []
    for second in first...last {
      if second == totalSeconds {
        cues.append(.finished)
        continue
      }
      let phase = phases[phaseIndex(at: .seconds(second))]
      let left = phase.endSecond - second
      if phase.startSecond == second {
        cues.append(.phaseStarted(phase))
      } else if !phase.isRest, (1...3).contains(left) {
        cues.append(.countdown(left))
      }
    }
    return cues
  }
}
