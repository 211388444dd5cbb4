import Foundation
import QuietLegsCore

/// What the Insights pane shows, read from the journal in one go and kept until the next reload.
struct InsightsData {
  /// The span of nights compared.
  let first: CivilDate
  let last: CivilDate
  let comparisons: [FactorComparison]
  /// The routine factor's comparison (completed bedtime routine vs not).
  let routine: FactorComparison?
  /// The weekly median RLS onset over the window, and the medicines for their start and stop marks.
  var onsetWeeks: [RLSOnset.Week] = []
  var medicines: [Medicine] = []

  /// How far back the comparison looks.
  enum Window: Int, CaseIterable {
    case twelveWeeks = 84, oneYear = 365, all = 0

    var label: String {
      switch self {
      case .twelveWeeks: "last 12 weeks"
      case .oneYear: "last year"
      case .all: "all nights"
      }
    }

    var next: Window { Window.allCases[(Window.allCases.firstIndex(of: self)! + 1) % Window.allCases.count] }
  }

  static let empty = InsightsData(
    first: CivilDate(dayNumber: 0), last: CivilDate(dayNumber: 0), comparisons: [], routine: nil)

  /// Loads the comparison for the nights of `window` ending with `current`; empty when nothing is
  /// recorded yet, and a thrown error when the journal cannot be read.
  static func load(
    services: AppServices, current: CivilDate, window: Window
  ) throws(JournalError) -> InsightsData {
    let journal = services.journal
    // Comparisons start at the first episode: a factor noted years earlier adds no "good" nights.
    guard let recordStart = try journal.firstEpisodeNight(), recordStart <= current else { return .empty }
    let first = window == .all ? recordStart : max(recordStart, current.adding(days: -(window.rawValue - 1)))
    let episodes = try journal.episodes(from: first, through: current)
    let marks = try journal.factors(from: first, through: current)
    let routineNights = try journal.routineNights(from: first, through: current)
    let history = NightHistory(first: first, last: current, episodes: episodes, routineNights: routineNights)
    let all = FactorComparison.compare(
      factors: EveningFactor.all(custom: services.settings.customFactors) + [EveningFactor.routine],
      marks: marks,
      routineNights: routineNights, history: history, first: first, last: current)
    var data = InsightsData(
      first: first, last: current, comparisons: all.filter { !$0.factor.automatic },
      routine: all.first { $0.factor.automatic })
    let firstWeek = first.startOfWeek(services.settings.weekStart)
    data.onsetWeeks = RLSOnset.weekly(
      RLSOnset.nights(episodes), first: firstWeek, weeks: current.days(since: firstWeek) / 7 + 1)
    data.medicines = try journal.medicines()
    return data
  }
}
