import Foundation

/// When an episode happened on the clock where it was logged: its start shifted by the offset
/// stored with it, so a 22:05 cramp at home still reads 22:05 after travelling to Tokyo.
public struct LoggedTime: Sendable, Equatable {
  public let date: CivilDate
  public let hour: Int
  public let minute: Int
  /// The logged offset (`UTC+01:00`) when the zone now in use has another offset at that instant.
  public let offsetLabel: String?

  public init(_ episode: Episode, nights: NightCalendar) {
    let local = Int(episode.start.timeIntervalSince1970.rounded(.down)) + episode.utcOffsetSeconds
    let days = Int((Double(local) / 86_400).rounded(.down))
    let seconds = local - days * 86_400
    date = CivilDate(dayNumber: days)
    hour = seconds / 3_600
    minute = seconds % 3_600 / 60
    offsetLabel =
      episode.utcOffsetSeconds == nights.utcOffset(at: episode.start)
      ? nil : "UTC" + WallClock.offsetText(episode.utcOffsetSeconds)
  }

  /// `02:10`, or `02:10 UTC+01:00` when logged in another offset than the zone now in use has.
  public var clockText: String { clockText(.twentyFourHour) }

  /// `clockText` on `style`'s clock: `2:10 am`, `2:10 am UTC+01:00`.
  public func clockText(_ style: ClockStyle) -> String {
    style.text(hour: hour, minute: minute) + (offsetLabel.map { " " + $0 } ?? "")
  }
}

extension NightCalendar {
  /// The same nights reckoned on a clock fixed at `offsetSeconds` from UTC (no clock changes):
  /// the clock of an episode logged where the offset was another than the zone now in use has.
  public func fixed(offsetSeconds: Int) -> NightCalendar {
    NightCalendar(timeZone: TimeZone(secondsFromGMT: offsetSeconds) ?? timeZone, boundaryHour: boundaryHour)
  }
}
