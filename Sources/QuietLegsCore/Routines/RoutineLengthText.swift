/// How routine lengths and step counts read in lists: `45 s`, `26 min`, `3 h 37 min`, `1 step`.
public enum RoutineLengthText {
  /// A length for reading at a glance: seconds below a minute, whole minutes (rounded up) below
  /// an hour, then hours and minutes, so a 216-hour routine reads `216 h 30 min`, not `12990 min`.
  public static func length(_ seconds: Int) -> String {
    guard seconds >= 60 else { return "\(max(0, seconds)) s" }
    let minutes = (seconds + 59) / 60
    guard minutes >= 60 else { return "\(minutes) min" }
    return "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min")
  }

  /// `1 step`, `6 steps`.
  public static func steps(_ count: Int) -> String { count == 1 ? "1 step" : "\(count) steps" }
}
