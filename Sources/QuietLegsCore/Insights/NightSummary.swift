/// What happened in one night, derived from its episodes.
public struct NightSummary: Sendable, Equatable {
  public let night: CivilDate
  public let episodeCount: Int
  /// Highest severity of the night, 0 when nothing was logged.
  public let worstSeverity: Int
  public let kinds: Set<EpisodeKind>
  /// Longest cramp of the night in seconds, when durations were logged.
  public let longestCrampSeconds: Int?
  /// Whether a bedtime routine was completed that evening.
  public let routineCompleted: Bool

  public init(night: CivilDate, episodes: [Episode], routineCompleted: Bool = false) {
    self.night = night
    episodeCount = episodes.count
    worstSeverity = episodes.map(\.severity).max() ?? 0
    kinds = Set(episodes.map(\.kind))
    longestCrampSeconds = episodes.filter { $0.kind == .cramp }.compactMap(\.durationSeconds).max()
    self.routineCompleted = routineCompleted
    isBad = episodes.contains(where: NightSummary.makesNightBad)
  }

  /// A bad night has a cramp or restless-legs episode, or any episode that woke the person.
  public let isBad: Bool

  /// The rule behind `isBad`, for one episode.
  public static func makesNightBad(_ episode: Episode) -> Bool {
    episode.kind != .twitch || episode.woke
  }

  /// How severe the night looks, for shading.
  public var band: SeverityBand { SeverityBand(worstSeverity) }

  /// "Mean worst severity", the one meaning every report and pane uses: the mean of each night's
  /// worst severity over the nights with at least one episode (a quiet night has no severity, so it
  /// neither lowers nor raises the mean); 0 when no night had an episode.
  public static func meanWorstSeverity(_ nights: some Sequence<NightSummary>) -> Double {
    let recorded = nights.filter { $0.episodeCount > 0 }
    return recorded.isEmpty ? 0 : Double(recorded.map(\.worstSeverity).reduce(0, +)) / Double(recorded.count)
  }
}

/// Severity shading of a night: none, low (1-3), mid (4-6), high (7-10).
public enum SeverityBand: Int, Sendable, Comparable, CaseIterable {
  case none, low, mid, high

  public init(_ severity: Int) {
    switch severity {
    case ...0: self = .none
    case 1...3: self = .low
    case 4...6: self = .mid
    default: self = .high
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
