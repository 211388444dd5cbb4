import QuietLegsCore

/// The calendar's copy of the journal: month records read once (one range query per month) and
/// kept until the journal changes, plus the overview worked out from them. Drawing reads only from
/// here, never from the database.
struct CalendarStore {
  /// Months the year strip shows, ending with the month on screen.
  static let yearMonths = 12

  let journal: Journal
  let weekStart: WeekStart
  /// How the red-flag banner writes times (`clock` in config.toml).
  let clock: ClockStyle
  private(set) var tonight: CivilDate
  private(set) var overview = CalendarOverview()
  /// True while nothing at all has been recorded (the first-run screen shows a welcome).
  private(set) var isJournalEmpty = true
  /// Why the journal could not be read, if it could not.
  private(set) var problem: ReadProblem?
  private var months: [CivilDate: CalendarMonthRecord] = [:]
  /// Whether the screen is wide enough for the year strip (its months are read only then).
  private(set) var showsYearStrip = false

  init(
    journal: Journal, weekStart: WeekStart, clock: ClockStyle = .twentyFourHour, tonight: CivilDate,
    visibleMonth: CivilDate
  ) {
    self.journal = journal
    self.weekStart = weekStart
    self.clock = clock
    self.tonight = tonight
    reload(visibleMonth: visibleMonth)
  }

  /// Forgets everything read and reads again what the screen needs (the journal changed).
  mutating func reload(visibleMonth: CivilDate) {
    months = [:]
    problem = nil
    show(month: visibleMonth)
    refreshOverview()
    if journal.isReplaced {
      problem = ReadProblem(
        "The journal file was deleted or replaced: nothing can be saved. Quit and start again.")
    }
  }

  /// Reads the months the screen needs around `month` that are not cached yet: the month
  /// itself, and the year strip's months when the strip is on screen.
  mutating func show(month: CivilDate) {
    load(showsYearStrip ? Self.yearStrip(endingWith: month) : [month.firstOfMonth])
  }

  /// Tells the store whether the year strip is on screen; reads its months when it appears.
  mutating func setYearStripShown(_ shown: Bool, visibleMonth: CivilDate) {
    guard shown != showsYearStrip else { return }
    showsYearStrip = shown
    show(month: visibleMonth)
  }

  /// Moves "tonight" (the night rolled over) and works the overview out again.
  mutating func setTonight(_ night: CivilDate) {
    guard night != tonight else { return }
    tonight = night
    refreshOverview()
  }

  /// The summary of a night (empty when its month is not loaded).
  func summary(_ night: CivilDate) -> NightSummary {
    months[night.firstOfMonth]?.history.summary(night) ?? NightSummary(night: night, episodes: [])
  }

  /// The episodes of a night, in time order.
  func episodes(of night: CivilDate) -> [Episode] {
    months[night.firstOfMonth]?.episodes(of: night) ?? []
  }

  /// The as-needed doses logged for a night.
  func doses(of night: CivilDate) -> [NightDose] {
    months[night.firstOfMonth]?.dosesByNight[night] ?? []
  }

  /// Ids of the evening factors noted for a night.
  func factors(of night: CivilDate) -> [String] {
    months[night.firstOfMonth]?.factors(of: night) ?? []
  }

  /// The first nights of the year strip's months, oldest first.
  static func yearStrip(endingWith month: CivilDate) -> [CivilDate] {
    (0..<yearMonths).reversed().map { month.firstOfMonth.adding(months: -$0) }
  }

  private mutating func refreshOverview() {
    let first = CalendarOverview.firstNight(tonight: tonight, weekStart: weekStart)
    var firsts: [CivilDate] = []
    var month = first.firstOfMonth
    while month <= tonight {
      firsts.append(month)
      month = month.adding(months: 1)
    }
    load(firsts)
    let records = firsts.compactMap { months[$0] }
    // Runs of good nights count only from the first night anything was recorded.
    let firstRecord = (try? journal.firstRecordedNight()).flatMap { $0 }
    isJournalEmpty = firstRecord == nil
    let recordStart = firstRecord ?? tonight.adding(days: 1)
    let history = NightHistory(
      first: max(first, recordStart), last: tonight, episodes: records.flatMap(\.episodes),
      routineNights: records.reduce(into: Set<CivilDate>()) { $0.formUnion($1.routineNights) })
    overview = CalendarOverview(history: history, tonight: tonight, weekStart: weekStart)
    // The augmentation watch compares weeks beyond the chart's, so it reads what it needs itself.
    overview.redFlags += (try? journal.augmentationFlags(current: tonight, clock: clock)) ?? []
  }

  private mutating func load(_ firsts: [CivilDate]) {
    let missing = firsts.filter { months[$0] == nil }
    guard !missing.isEmpty else { return }
    do {
      for record in try CalendarMonthRecord.load(months: missing, from: journal) {
        months[record.history.first] = record
      }
    } catch {
      problem = .journal(error)
    }
  }
}
