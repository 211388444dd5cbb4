import Foundation

/// When restless legs began on one night: the first RLS episode's local wall-clock time, counted
/// in minutes from midnight at the start of the night's date (so 21:30 is 1290 and 01:15 the next
/// morning is 1515). Wall-clock minutes keep a DST night and a changed night boundary from
/// looking like drift.
public struct NightOnset: Sendable, Equatable {
  public let night: CivilDate
  /// Minutes after 00:00 on the night's date, local wall clock where the episode was logged.
  public let minutes: Int

  public init(night: CivilDate, minutes: Int) {
    self.night = night
    self.minutes = minutes
  }

  /// Minutes after the night's start at `boundaryHour` (what "from the night's start" means).
  public func fromNightStart(boundaryHour: Int) -> Int { minutes - boundaryHour * 60 }
}

/// The per-night onset of restless legs and its weekly medians.
public enum RLSOnset {
  /// The first RLS episode of each night that has one, oldest night first.
  public static func nights(_ episodes: [Episode]) -> [NightOnset] {
    let rls = Dictionary(grouping: episodes.filter { $0.kind == .rls }, by: \.night)
    return rls.compactMap { night, list -> NightOnset? in
      guard let first = list.min(by: { $0.start < $1.start }) else { return nil }
      return NightOnset(night: night, minutes: wallMinutes(of: first))
    }.sorted { $0.night < $1.night }
  }

  /// The episode's local wall-clock time in minutes after 00:00 on its night's date.
  static func wallMinutes(of episode: Episode) -> Int {
    let local = Int(episode.start.timeIntervalSince1970.rounded(.down)) + episode.utcOffsetSeconds
    let dayNumber = Int((Double(local) / 86_400).rounded(.down))
    let secondOfDay = local - dayNumber * 86_400
    let daysAfterNight = dayNumber - episode.night.dayNumber  // day numbers count from 1970-01-01
    return daysAfterNight * 1440 + secondOfDay / 60
  }

  /// The median of some minute counts (the mean of the middle two for an even count); nil if none.
  public static func median(_ values: [Int]) -> Int? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[mid]
  }

  /// One week's median onset.
  public struct Week: Sendable, Equatable {
    public let start: CivilDate
    /// Nights of the week with restless legs.
    public let nights: Int
    /// Median onset in minutes after 00:00 of the night's date; nil for a week without RLS.
    public let median: Int?

    public init(start: CivilDate, nights: Int, median: Int?) {
      self.start = start
      self.nights = nights
      self.median = median
    }
  }

  /// The median onset of each of `weeks` weeks starting on `first`.
  public static func weekly(_ onsets: [NightOnset], first: CivilDate, weeks: Int) -> [Week] {
    (0..<max(weeks, 0)).map { index in
      let start = first.adding(days: 7 * index)
      let members = onsets.filter { $0.night >= start && $0.night <= start.adding(days: 6) }
      return Week(start: start, nights: members.count, median: median(members.map(\.minutes)))
    }
  }

  /// `21:30`, `01:15` (or `9:30 pm`, `1:15 am`) for an onset in minutes after 00:00 of the night's date.
  public static func clock(_ minutes: Int, _ style: ClockStyle = .twentyFourHour) -> String {
    style.text(minutesAfterMidnight: minutes)
  }

  /// `2 h 05 min`, `45 min` for a span of minutes.
  public static func span(_ minutes: Int) -> String {
    let m = abs(minutes)
    return m >= 60 ? String(format: "%d h %02d min", m / 60, m % 60) : "\(m) min"
  }
}
