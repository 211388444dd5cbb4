import Foundation

/// What a local wall-clock time names in a time zone: one instant; two, in the hour repeated
/// when clocks go back; or none, in the hour skipped when clocks go forward.
public enum WallClock: Sendable, Equatable {
  case unique(Date)
  /// The earlier and the later of the two instants, with their offsets from UTC.
  case repeated(first: Date, firstOffset: Int, second: Date, secondOffset: Int)
  /// The gap's local start and end (`02:00`, `03:00`).
  case skipped(from: String, to: String)

  /// `+02:00` for an offset in seconds.
  public static func offsetText(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let minutes = abs(seconds) / 60
    return sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
  }
}

extension NightCalendar {
  /// Every instant whose local clock in this zone reads `hour:minute` on `date`.
  public func wallClock(date: CivilDate, hour: Int, minute: Int) -> WallClock {
    let wall = date.dayNumber * 86_400 + hour * 3_600 + minute * 60
    let offsets = Set([-86_400, 0, 86_400].map { timeZone.secondsFromGMT(for: Date(seconds: wall + $0)) })
    let found = offsets.map { wall - $0 }.filter {
      timeZone.secondsFromGMT(for: Date(seconds: $0)) == wall - $0
    }
    .sorted()
    switch found.count {
    case 0:
      let before = timeZone.secondsFromGMT(for: Date(seconds: wall - 86_400))
      let after = timeZone.secondsFromGMT(for: Date(seconds: wall + 86_400))
      guard
        let change = timeZone.nextDaylightSavingTimeTransition(after: Date(seconds: wall - before - 86_400))
      else { return .skipped(from: "?", to: "?") }
      let start = Int(change.timeIntervalSince1970)
      return .skipped(from: Self.clockText(start + before), to: Self.clockText(start + after))
    case 1: return .unique(Date(seconds: found[0]))
    default:
      return .repeated(
        first: Date(seconds: found[0]), firstOffset: wall - found[0], second: Date(seconds: found[1]),
        secondOffset: wall - found[1])
    }
  }

  /// `wallClock` for a time within `night` (evening times on its date, early-morning times on the next).
  public func wallClock(in night: CivilDate, hour: Int, minute: Int) -> WallClock {
    wallClock(date: hour < boundaryHour ? night.adding(days: 1) : night, hour: hour, minute: minute)
  }

  /// `HH:MM` of seconds counted on the local clock.
  static func clockText(_ localSeconds: Int) -> String {
    let minutes = ((localSeconds % 86_400) + 86_400) % 86_400 / 60
    return String(format: "%02d:%02d", minutes / 60, minutes % 60)
  }
}

extension Date {
  init(seconds: Int) { self.init(timeIntervalSince1970: TimeInterval(seconds)) }
}
