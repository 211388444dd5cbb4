import QuietLegsCore

/// One month of nights as read from the journal: episodes, completed routines and evening factors.
struct CalendarMonthRecord {
  let episodes: [Episode]
  let routineNights: Set<CivilDate>
  /// The night summaries the grid and the year strip shade.
  let history: NightHistory
  private let episodesByNight: [CivilDate: [Episode]]
  private let factorsByNight: [CivilDate: [String]]

  init(month: CivilDate, episodes: [Episode], routineNights: Set<CivilDate>, factors: [FactorMark]) {
    self.episodes = episodes
    self.routineNights = routineNights
    history = NightHistory(
      first: month, last: month.lastOfMonth, episodes: episodes, routineNights: routineNights)
    episodesByNight = Dictionary(grouping: episodes, by: \.night)
    factorsByNight = Dictionary(grouping: factors, by: \.night).mapValues { $0.map(\.factorId) }
  }

  /// Reads the nights of the month that starts on `month` (a range query on the night index each).
  static func load(month: CivilDate, from journal: Journal) throws(JournalError) -> CalendarMonthRecord {
    let last = month.lastOfMonth
    return CalendarMonthRecord(
      month: month, episodes: try journal.episodes(from: month, through: last),
      routineNights: try journal.routineNights(from: month, through: last),
      factors: try journal.factors(from: month, through: last))
  }

  /// The episodes of one night, in time order.
  func episodes(of night: CivilDate) -> [Episode] { episodesByNight[night] ?? [] }

  /// Ids of the evening factors noted for one night.
  func factors(of night: CivilDate) -> [String] { factorsByNight[night] ?? [] }
}
