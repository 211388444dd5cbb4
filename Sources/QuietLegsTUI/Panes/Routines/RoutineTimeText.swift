/// How routine times read on screen: a clock for countdowns (`4:05`, `1:02:03`) and what is
/// left beside a bar (lengths for lists are the core's `RoutineLengthText`).
enum RoutineTimeText {
  /// A countdown clock in the shape of the phase's first value: `09:59` after `10:00`,
  /// `0:59:59` after `1:00:00`, so its width never changes during a phase.
  static func clock(_ seconds: Int, shapedLike start: Int) -> String {
    let total = max(0, seconds)
    if start >= 3600 {
      let minutes = total / 60 % 60
      let secs = total % 60
      return "\(total / 3600):" + (minutes < 10 ? "0" : "") + "\(minutes):" + (secs < 10 ? "0" : "")
        + "\(secs)"
    }
    let text = clock(total)
    let width = clock(start).count
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }

  /// A countdown clock: minutes and seconds, with hours in front from one hour up.
  static func clock(_ seconds: Int) -> String {
    let total = max(0, seconds)
    let hours = total / 3600
    let minutes = total / 60 % 60
    let secs = total % 60
    let twoDigitSeconds = secs < 10 ? "0\(secs)" : "\(secs)"
    guard hours > 0 else { return "\(minutes):\(twoDigitSeconds)" }
    let twoDigitMinutes = minutes < 10 ? "0\(minutes)" : "\(minutes)"
    return "\(hours):\(twoDigitMinutes):\(twoDigitSeconds)"
  }

  /// What is left of a step or a routine beside its bar: whole minutes, so the line changes once
  /// a minute, not every second (the big clock shows the seconds).
  static func remaining(_ seconds: Int) -> String {
    seconds >= 60 ? "\((seconds + 59) / 60) min left" : "under 1 min left"
  }
}
