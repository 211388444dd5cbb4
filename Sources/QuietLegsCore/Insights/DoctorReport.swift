import Foundation

/// The one-page summary for a doctor, as data; `MarkdownReport` and `HTMLReport` print it.
public struct DoctorReport: Sendable {
  /// One week's counts.
  public struct Week: Sendable, Equatable {
    public let start: CivilDate
    public let badNights: Int
    public let rlsNights: Int
    /// Mean worst severity over the nights with episodes, 0 when none.
    public let meanWorstSeverity: Double
  }

  public let first: CivilDate
  public let last: CivilDate
  public let madeAt: Date
  public let weeks: [Week]
  public let episodeCount: Int
  public let kindCounts: [(kind: EpisodeKind, count: Int)]
  public let sideCounts: [(label: String, count: Int)]
  public let siteCounts: [(label: String, count: Int)]
  public let longest: Episode?
  public let routinesDone: [(routineId: String, count: Int)]
  public let tickedCauses: [(cause: Cause, entry: ChecklistEntry)]
  public let labs: [LabResult]
  public let questionnaire: (result: QuestionnaireResult, evaluation: CrampOrRLSQuestionnaire.Result)?
  public let redFlags: [RedFlag]
  public let factors: [FactorComparison]
  public let sources: [Source]
  /// The nights the factor comparison covers: from the first episode (or the report's first
  /// night, if later) to the last night; nil when no episode was ever logged.
  public var factorNights: ClosedRange<CivilDate>?
  /// The person's medicines (all of them, stopped ones too), in the order they were started.
  public var medicines: [Medicine] = []
  /// Median restless-legs onset of each week of the report.
  public var onsetWeeks: [RLSOnset.Week] = []
  /// The clock the report's times are written on (`clock` in config.toml).
  public var clock: ClockStyle = .twentyFourHour

  /// True when the period has no episodes and there are no ticks or lab values at all.
  public var isEmpty: Bool {
    episodeCount == 0 && tickedCauses.isEmpty && labs.isEmpty && medicines.isEmpty
  }

  /// The line every report carries.

  public static let disclaimer =
    "QuietLegs informs and organises; it does not diagnose. This summary is the patient's own record."

  /// The weekly chart's line: QuietLegs' own rule of thumb (more than 3 bad nights), not guidance.
  public static let badNightLine = JournalRedFlags.badNightsPerWeek - 1

  /// The short names of the cited sources, joined with "; " (never their internal ids).
  public func sourceNames(_ ids: [String]) -> String {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }.compactMap { id in sources.first { $0.id == id }?.short }
      .joined(separator: "; ")
  }

  /// Restless-legs nights per week, on average over the whole period.
  public var rlsNightsPerWeek: Double {
    weeks.isEmpty ? 0 : Double(weeks.map(\.rlsNights).reduce(0, +)) / Double(weeks.count)
  }

  /// Signs to act on at once or the same day, repeated in every report whatever the data says.
  public static let urgentSigns = RedFlagSigns.urgent

  /// Sources the report's own notes cite (nights chart, course of RLS), whatever the data.
  static let noteSources = JournalRedFlags.badNightsSources + RedFlagSigns.rlsCourse.sources
}

/// Gathers a `DoctorReport` from the journal for the `weeks` weeks ending with the current night.
public enum DoctorReportBuilder {
  public static func build(
    journal: Journal, weeks: Int, now: Date, nights: NightCalendar, weekStart: WeekStart,
    catalog: CauseCatalog = .builtIn, customFactors: [String] = [], clock: ClockStyle = .twentyFourHour
  ) throws(JournalError) -> DoctorReport {
    let current = nights.night(of: now)
    let firstWeek = current.startOfWeek(weekStart).adding(days: -7 * (max(weeks, 1) - 1))
    let episodes = try journal.episodes(from: firstWeek, through: current)
    let routineNights = try journal.routineNights(from: firstWeek, through: current)
    let history = NightHistory(
      first: firstWeek, last: current, episodes: episodes, routineNights: routineNights)

    let weekRows = (0..<max(weeks, 1)).map { index -> DoctorReport.Week in
      let start = firstWeek.adding(days: 7 * index)
      let end = start.adding(days: 6)
      let mean = NightSummary.meanWorstSeverity(
        history.recordedNights.filter { $0.night >= start && $0.night <= end })
      return .init(
        start: start, badNights: history.badNights(from: start, through: end),
        rlsNights: history.rlsNights(from: start, through: end), meanWorstSeverity: mean)
    }
    func counted<T: Hashable>(_ values: [T]) -> [(T, Int)] {
      Dictionary(grouping: values, by: { $0 }).map { ($0.key, $0.value.count) }.sorted { $0.1 > $1.1 }
    }
    let sessions = try journal.sessions(from: firstWeek, through: current).filter { $0.session.completed }
    let checklist = try journal.checklist()
    let ticked = catalog.causes.compactMap { cause -> (Cause, ChecklistEntry)? in
      guard let entry = checklist[cause.id], entry.ticked else { return nil }
      return (cause, entry)
    }
    let labs = try journal.labs()
    let latestQuestionnaire = try journal.questionnaires().last.map { result in
      let answers = result.answers.compactMapValues(CrampOrRLSQuestionnaire.Answer.init(rawValue:))
      return (result, CrampOrRLSQuestionnaire.evaluate(answers))
    }
    let flags =
      JournalRedFlags.evaluate(history, current: current, weekStart: weekStart, weeks: max(weeks, 1))
      + PersonalRedFlags.evaluate(ticked: Set(ticked.map(\.0.id)), labs: labs, catalog: catalog)
      + (try journal.augmentationFlags(current: current, clock: clock))
    let medicines = try journal.medicines()
    let marks = try journal.factors(from: firstWeek, through: current)
    // Nights before the first episode are unknown, not good: leave them out of comparisons. A
    // factor noted long before (a typo in the year) must not add years of "good" nights.
    let recordStart = max(firstWeek, try journal.firstEpisodeNight() ?? current)
    let comparisons = FactorComparison.compare(
      factors: EveningFactor.all(custom: customFactors) + [EveningFactor.routine], marks: marks,
      routineNights: routineNights, history: history, first: recordStart, last: current)
    let citedIds = Set(
      flags.flatMap(\.sources) + ticked.flatMap(\.0.sources) + DoctorReport.urgentSigns.flatMap(\.sources)
        + DoctorReport.noteSources + AugmentationWatch.sources
        + (labs.isEmpty ? [] : LabReference.all.flatMap(\.sources))
        + (latestQuestionnaire?.1.outcome.sources ?? []))
    var report = DoctorReport(
      first: firstWeek, last: current, madeAt: now, weeks: weekRows, episodeCount: episodes.count,
      kindCounts: counted(episodes.map(\.kind)).map { (kind: $0.0, count: $0.1) },
      sideCounts: counted(episodes.map { $0.side?.rawValue ?? "not noted" }).map {
        (label: $0.0, count: $0.1)
      },
      siteCounts: counted(episodes.map { $0.site?.rawValue ?? "not noted" }).map {
        (label: $0.0, count: $0.1)
      },
      longest: episodes.filter { $0.durationSeconds != nil }.max {
        $0.durationSeconds! < $1.durationSeconds!
      },
      routinesDone: counted(sessions.map(\.session.routineId)).map { (routineId: $0.0, count: $0.1) },
      tickedCauses: ticked.map { (cause: $0.0, entry: $0.1) }, labs: labs, questionnaire: latestQuestionnaire,
      redFlags: RedFlag.byUrgency(flags).flatMap(\.flags), factors: comparisons.filter { $0.nightsWith > 0 },
      sources: catalog.sources.filter { citedIds.contains($0.id) })
    if try journal.firstEpisodeNight() != nil, recordStart <= current {
      report.factorNights = recordStart...current
    }
    report.medicines = medicines
    report.onsetWeeks = RLSOnset.weekly(RLSOnset.nights(episodes), first: firstWeek, weeks: max(weeks, 1))
    report.clock = clock
    return report
  }
}
