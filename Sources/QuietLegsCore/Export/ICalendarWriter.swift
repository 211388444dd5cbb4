import Foundation

/// Writes episodes as an iCalendar file (RFC 5545): one VEVENT per episode.
public enum ICalendarWriter {
  /// The whole `.ics` text, with CRLF line ends and lines folded at 75 octets.
  public static func text(_ episodes: [Episode], now: Date) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//QuietLegs//QuietLegs \(QuietLegsVersion.string)//EN",
      "CALSCALE:GREGORIAN",
    ]
    let stamp = utc(now)
    for episode in episodes {
      let duration = max(episode.durationSeconds ?? 60, 1)
      var summary = "\(episode.kind.label), severity \(episode.severity)"
      let place = [episode.side?.rawValue, episode.site?.rawValue].compactMap { $0 }
      if !place.isEmpty { summary += " (\(place.joined(separator: " ")))" }
      var details: [String] = ["Night of \(episode.night)"]
      if episode.woke { details.append("Woke me up") }
      if !episode.helped.isEmpty { details.append("Helped: \(episode.helped.joined(separator: ", "))") }
      if !episode.note.isEmpty { details.append(episode.note) }
      lines += [
        "BEGIN:VEVENT",
        "UID:\(escape(episode.uuid))@quietlegs",
        "DTSTAMP:\(stamp)",
        "DTSTART:\(utc(episode.start))",
        "DURATION:PT\(duration)S",
        "SUMMARY:\(escape(summary))",
        "DESCRIPTION:\(escape(details.joined(separator: "\n")))",
        "CATEGORIES:\(escape(episode.kind.rawValue))",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// Escapes TEXT values: backslash, semicolon, comma and newlines; drops other control characters.
  public static func escape(_ text: String) -> String {
    // Most values need no escape: checking the bytes first saves building them scalar by scalar.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x5C || $0 == 0x3B || $0 == 0x2C }) {
      return text
    }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": continue
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 sequence.
  public static func fold(_ line: String) -> String {
    if line.utf8.count <= 75 { return line }
    var out = String.UnicodeScalarView()
    var width = 0
    for scalar in line.unicodeScalars {
      let size = scalar.utf8.count
      if width + size > 75 {
        out.append(contentsOf: "\r\n ".unicodeScalars)
        width = 1
      }
      out.append(scalar)
      width += size
    }
    return String(out)
  }

  /// `20261122T021000Z`: whole UTC seconds, printed by arithmetic (a DateFormatter per episode
  /// made the export of a ten-year journal ten times slower than CSV).
  static func utc(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    var (days, inDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
    if inDay < 0 { (days, inDay) = (days - 1, inDay + 86_400) }
    let day = CivilDate(dayNumber: days)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let year = String(day.year)
    let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
    return
      "\(paddedYear)\(two(day.month))\(two(day.day))T\(two(inDay / 3600))\(two(inDay / 60 % 60))\(two(inDay % 60))Z"
  }
}
