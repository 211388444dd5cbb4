import Foundation
import QuietLegsCore

/// Human-readable lines about episodes for the command line.
enum EpisodeText {
  /// `cramp · Sun 22 Nov 02:10 · night of 2026-11-21 · severity 7 · left calf · 1m30s · woke`.
  static func summary(_ episode: Episode, nights: NightCalendar) -> String {
    var parts = [
      episode.kind.rawValue, dateTime(episode.start, nights: nights), "night of \(episode.night)",
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

  static func dateTime(_ date: Date, nights: NightCalendar) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.timeZone = nights.timeZone
    formatter.dateFormat = "EEE d MMM yyyy HH:mm"
    return formatter.string(from: date)
  }

  static func time(_ date: Date, nights: NightCalendar) -> String {
    let (h, m) = nights.clockTime(of: date)
    return String(format: "%02d:%02d", h, m)
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
