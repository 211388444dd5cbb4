import QuietLegsCore

/// An episode as the night list writes it: its time, a title (kind, place, severity) and wrapped
/// details (duration, woke, what helped, the note).
enum CalendarEpisodeText {
  /// The widest time on `clock` without an offset: `02:10`, `12:10 am`.
  static func timeWidth(_ clock: ClockStyle) -> Int { clock == .twelveHour ? 8 : 5 }

  /// Where the title starts beside the time: the marker, the widest time and two spaces.
  static func indent(_ clock: ClockStyle) -> Int { 2 + timeWidth(clock) + 2 }

  /// The indent of an episode's lines in a list `width` columns wide: under the title beside the
  /// time, or just two columns on a narrow list (60-column terminals), where nine would leave
  /// the details a few columns and split words.
  static func indent(forWidth width: Int, clock: ClockStyle = .twentyFourHour) -> Int {
    width < 32 ? 2 : indent(clock)
  }

  /// `02:10` (`2:10 am` on the 12-hour clock), when it started on the clock where it was logged
  /// (`02:10 UTC+01:00` when the zone now in use has another offset at that instant).
  static func time(_ episode: Episode, nights: NightCalendar, clock: ClockStyle) -> String {
    LoggedTime(episode, nights: nights).clockText(clock)
  }

  /// `Cramp · left calf · severity 7`.
  static func title(_ episode: Episode) -> String {
    var parts = [episode.kind.label]
    let place = [episode.side?.rawValue, episode.site?.rawValue].compactMap { $0 }.joined(separator: " ")
    if !place.isEmpty { parts.append(place) }
    parts.append("severity \(episode.severity)")
    return parts.joined(separator: " · ")
  }

  /// `2m · woke · helped stretch, walk`, empty when none were given.
  static func details(_ episode: Episode) -> String {
    var parts: [String] = []
    if let seconds = episode.durationSeconds { parts.append(DurationParser.format(seconds)) }
    if episode.woke { parts.append("woke") }
    if !episode.helped.isEmpty { parts.append("helped " + episode.helped.joined(separator: ", ")) }
    return parts.joined(separator: " · ")
  }

  /// The detail and note lines wrapped to `width` columns (before the indent).
  static func bodyLines(_ episode: Episode, width: Int, clock: ClockStyle = .twentyFourHour)
    -> [(text: String, role: StyleRole)]
  {
    let room = width - indent(forWidth: width, clock: clock)
    let details = TextWrap.lines(details(episode), width: room).map { (text: $0, role: StyleRole.text) }
    let note = TextWrap.lines(TextSanitizer.clean(episode.note), width: room).map {
      (text: $0, role: StyleRole.muted)
    }
    return details + note
  }
}
