import QuietLegsCore

/// One month of nights as read from the journal: episodes, completed routines and evening factors.
struct CalendarMonthRecord {
  let episodes: [Episode]
  let routineNights: Set<CivilDate>
  /// The night summaries the grid and the year strip shade.
  let history: NightHistory
  private let episodesByNight: [CivilDate: [Episode]]
  private let factorsByNight: [CivilDate: [String]]
  /// As-needed doses of each night, with the medicine's name, in time order.
  var dosesByNight: [CivilDate: [NightDose]] = [:]

  init(month: CivilDate, episodes: [Episode], routineNights: Set<CivilDate>, factors: [FactorMark]) {
    self.episodes = episodes
    self.routineNights = routineNights
    history = NightHistory(
      first: month, last: month.lastOfMonth, episodes: episodes, routineNights: routineNights)
    episodesByNight = Dictionary(grouping: episodes, by: \.night)
    factorsByNight = Dictionary(grouping: factors, by: \.night).mapValues { $0.map(\.factorId) }
  }

  /// Reads the nights of the month that starts on `month` (a range query on the night index each).
  /// Several months read with one range query per table (not three per month), then split.
  static func load(months: [CivilDate], from journal: Journal) throws(JournalError) -> [CalendarMonthRecord] {
    guard let first = months.min(), let last = months.max()?.lastOfMonth else { return [] }
    let episodes = Dictionary(grouping: try journal.episodes(from: first, through: last)) {
      $0.night.firstOfMonth
    }
    let routines = Dictionary(grouping: try journal.routineNights(from: first, through: last)) {
      $0.firstOfMonth
    }
    let factors = Dictionary(grouping: try journal.factors(from: first, through: last)) {
      $0.night.firstOfMonth
    }
    let doses = try NightDose.load(from: first, through: last, journal: journal)
    return months.map { month in
      var record = CalendarMonthRecord(
        month: month, episodes: episodes[month] ?? [], routineNights: Set(routines[month] ?? []),
        factors: factors[month] ?? [])
      record.dosesByNight = doses.filter { $0.key.firstOfMonth == month }
      return record
    }
  }

  /// The episodes of one night, in time order.
  func episodes(of night: CivilDate) -> [Episode] { episodesByNight[night] ?? [] }

  /// Ids of the evening factors noted for one night.
  func factors(of night: CivilDate) -> [String] { factorsByNight[night] ?? [] }
}
