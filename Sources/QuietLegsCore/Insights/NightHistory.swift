/// Night-by-night summaries over a span of nights, with the counts the calendar shows.
public struct NightHistory: Sendable {
  /// First and last night covered.
  public let first: CivilDate
  public let last: CivilDate
  private let byNight: [CivilDate: NightSummary]

  /// Groups episodes by night; `routineNights` are nights with a completed bedtime routine.
  public init(
    first: CivilDate, last: CivilDate, episodes: [Episode], routineNights: Set<CivilDate> = []
  ) {
    self.first = first
    self.last = last
    let grouped = Dictionary(grouping: episodes.filter { $0.night >= first && $0.night <= last }, by: \.night)
    var map: [CivilDate: NightSummary] = [:]
    for night in Set(grouped.keys).union(routineNights) where night >= first && night <= last {
      map[night] = NightSummary(
        night: night, episodes: grouped[night] ?? [], routineCompleted: routineNights.contains(night))
    }
    byNight = map
  }

  /// The summary of one night (an empty one when nothing was logged).
  public func summary(_ night: CivilDate) -> NightSummary {
    byNight[night] ?? NightSummary(night: night, episodes: [])
  }

  /// Nights with episodes or routines.
  public var recordedNights: [NightSummary] { byNight.values.sorted { $0.night < $1.night } }

  /// Bad nights from `from` through `through`.
  public func badNights(from: CivilDate, through: CivilDate) -> Int {
    byNight.values.filter { $0.isBad && $0.night >= from && $0.night <= through }.count
  }

  /// Nights with a restless-legs episode from `from` through `through`.
  public func rlsNights(from: CivilDate, through: CivilDate) -> Int {
    byNight.values.filter { $0.kinds.contains(.rls) && $0.night >= from && $0.night <= through }.count
  }

  /// Bad nights per week for the `count` weeks ending with the week of `current`, oldest first.
  public func weeklyBadNights(weeks count: Int, endingWith current: CivilDate, weekStart: WeekStart) -> [Int]
  {
    let thisWeek = current.startOfWeek(weekStart)
    return (0..<count).reversed().map { back in
      let start = thisWeek.adding(days: -7 * back)
      return badNights(from: start, through: start.adding(days: 6))
    }
  }

  /// Longest run of consecutive bad nights, and the run of good nights ending at `current`
  /// (counted back to the first night in the history).
  public func streaks(upTo current: CivilDate) -> (longestBad: Int, currentGood: Int) {
    var longestBad = 0
    var run = 0
    var night = first
    while night <= min(current, last) {
      if summary(night).isBad {
        run += 1
        longestBad = max(longestBad, run)
      } else {
        run = 0
      }
      night = night.adding(days: 1)
    }
    var good = 0
    night = min(current, last)
    while night >= first, !summary(night).isBad {
      good += 1
      night = night.adding(days: -1)
    }
    return (longestBad, good)
  }
}
