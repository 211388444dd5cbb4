import Foundation
import QuietLegsCore

/// Human-readable lines about episodes for the command line.
enum EpisodeText {
  /// `cramp · Sun 22 Nov 02:10 · night of 2026-11-21 · severity 7 · left calf · 1m30s · woke`.
  static func summary(_ episode: Episode, nights: NightCalendar, clock: ClockStyle) -> String {
    var parts = [
      episode.kind.rawValue, dateTime(episode, nights: nights, clock: clock), "night of \(episode.night)",
      "severity \(episode.severity)",
    ]
    let place = [episode.side?.rawValue, episode.site?.rawValue].compactMap { $0 }
    if !place.isEmpty { parts.append(place.joined(separator: " ")) }
    if let duration = episode.durationSeconds { parts.append(DurationParser.format(duration)) }
    if episode.woke { parts.append("woke") }
    if !episode.helped.isEmpty { parts.append("helped: " + episode.helped.joined(separator: ", ")) }
    if !episode.note.isEmpty { parts.append("note: " + PlainText.oneLine(episode.note, limit: 60)) }
    return parts.joined(separator: " · ")
  }

  /// `Sun 22 Nov 2026 02:10`, on the clock where it was logged (with that offset when the zone
  /// now in use differs).
  static func dateTime(_ episode: Episode, nights: NightCalendar, clock: ClockStyle) -> String {
    let logged = LoggedTime(episode, nights: nights)
    return "\(logged.date.dayText) \(logged.clockText(clock))"
  }

  /// `02:10` on the clock where it was logged (`02:10 UTC+01:00` when the zone now in use differs).
  static func time(_ episode: Episode, nights: NightCalendar, clock: ClockStyle) -> String {
    LoggedTime(episode, nights: nights).clockText(clock)
  }
}

/// Makes user text safe to print on a terminal: the same cleaning as the full-screen program
/// (no control characters, escape sequences, bidi overrides or zero-width characters).
enum PlainText {
  static func oneLine(_ text: String, limit: Int) -> String {
    var out = TextSanitizer.clean(text)
    if out.count > limit { out = String(out.prefix(max(limit - 1, 0))) + "…" }
    return out
  }
}
