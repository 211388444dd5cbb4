/// Nights with and without a factor, and how they went: association, never proof.
public struct FactorComparison: Sendable, Equatable {
  /// Fewest nights on each side before any figure is shown.
  public static let minimumNights = 3

  public let factor: EveningFactor
  public let nightsWith: Int
  public let nightsWithout: Int
  public let badWith: Int
  public let badWithout: Int
  /// Mean worst severity over the nights with episodes (`NightSummary.meanWorstSeverity`); 0 when
  /// none had one.
  public let meanSeverityWith: Double
  public let meanSeverityWithout: Double

  /// True when both sides have at least `minimumNights` nights.
  public var hasEnoughNights: Bool {
    nightsWith >= Self.minimumNights && nightsWithout >= Self.minimumNights
  }

  public var badShareWith: Double { nightsWith == 0 ? 0 : Double(badWith) / Double(nightsWith) }
  public var badShareWithout: Double { nightsWithout == 0 ? 0 : Double(badWithout) / Double(nightsWithout) }

  /// "not enough nights yet (n with, m without)" or the two shares.
  public var summary: String {
    guard hasEnoughNights else {
      return "not enough nights yet (\(nightsWith) with, \(nightsWithout) without)"
    }
    return "bad nights \(percent(badShareWith)) with (\(badWith)/\(nightsWith)), "
      + "\(percent(badShareWithout)) without (\(badWithout)/\(nightsWithout))"
  }

  func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  /// Compares every factor over the nights `first` through `last`. A night with nothing
  /// logged counts as a good night (people log the bad ones).
  public static func compare(
    factors: [EveningFactor], marks: [FactorMark], routineNights: Set<CivilDate>, history: NightHistory,
    first: CivilDate, last: CivilDate
  ) -> [FactorComparison] {
    guard first <= last else { return [] }
    var nightsByFactor: [String: Set<CivilDate>] = [:]
    for mark in marks where mark.night >= first && mark.night <= last {
      nightsByFactor[mark.factorId, default: []].insert(mark.night)
    }
    nightsByFactor[EveningFactor.routineID] = routineNights.filter { $0 >= first && $0 <= last }
    let all = (0...last.days(since: first)).map { first.adding(days: $0) }
    return factors.map { factor in
      let marked = nightsByFactor[factor.id] ?? []
      var with: [NightSummary] = []
      var without: [NightSummary] = []
      for night in all {
        if marked.contains(night) {
          with.append(history.summary(night))
        } else {
          without.append(history.summary(night))
        }
      }
      return FactorComparison(
        factor: factor, nightsWith: with.count, nightsWithout: without.count,
        badWith: with.count { $0.isBad }, badWithout: without.count { $0.isBad },
        meanSeverityWith: NightSummary.meanWorstSeverity(with),
        meanSeverityWithout: NightSummary.meanWorstSeverity(without))
    }
  }

  /// Which nights a comparison covers, in words: "Nights 2026-11-14 to 2026-11-21 (8 nights, from
  /// the first episode logged)."
  public static func rangeText(_ nights: ClosedRange<CivilDate>) -> String {
    let count = nights.upperBound.days(since: nights.lowerBound) + 1
    return "Nights \(nights.lowerBound) to \(nights.upperBound) (\(count) night\(count == 1 ? "" : "s"), "
      + "from the first episode logged or the start of this period)."
  }

  /// The plain statement shown with every comparison.
  public static let caveat =
    "These figures show what went together in your nights, not what caused them. Nights with nothing logged count as good nights."
}
