/// The "see a doctor" rules that are read from the journal itself (domain facts, red flags).
public enum JournalRedFlags {
  /// Minimum bad nights in one week that raise a flag (more than 3).
  public static let badNightsPerWeek = 4
  /// Minimum restless-legs nights in one week that raise a flag.
  public static let rlsNightsPerWeek = 2
  /// A cramp longer than this many seconds raises a flag.
  public static let longCrampSeconds = 600

  /// Flags for the `weeks` weeks ending with the week of `current`.
  public static func evaluate(
    _ history: NightHistory, current: CivilDate, weekStart: WeekStart, weeks: Int = 4
  ) -> [RedFlag] {
    var flags: [RedFlag] = []
    let thisWeek = current.startOfWeek(weekStart)
    var worstBad: (count: Int, week: CivilDate)?
    var worstRLS: (count: Int, week: CivilDate)?
    for back in 0..<weeks {
      let start = thisWeek.adding(days: -7 * back)
      let end = start.adding(days: 6)
      let bad = history.badNights(from: start, through: end)
      let rls = history.rlsNights(from: start, through: end)
      if bad >= badNightsPerWeek, bad > (worstBad?.count ?? 0) { worstBad = (bad, start) }
      if rls >= rlsNightsPerWeek, rls > (worstRLS?.count ?? 0) { worstRLS = (rls, start) }
    }
    if let worstBad {
      flags.append(
        RedFlag(
          id: "bad-nights-per-week", rule: "More than 3 bad nights in a week",
          detail: "\(worstBad.count) bad nights in the week of \(worstBad.week)",
          advice: "See a doctor (a neurologist if it goes on) about how often this happens.",
          sources: ["seed-000"]))
    }
    if let worstRLS {
      flags.append(
        RedFlag(
          id: "rls-twice-a-week", rule: "Restless legs on 2 or more nights a week",
          detail: "\(worstRLS.count) nights with restless legs in the week of \(worstRLS.week)",
          advice: "Talk to a doctor: this is how often guidance says RLS deserves a check-up.",
          sources: ["irlssg-2014", "nhs"]))
    }
    let windowStart = thisWeek.adding(days: -7 * (weeks - 1))
    let long = history.recordedNights.filter {
      $0.night >= windowStart && $0.night <= current && ($0.longestCrampSeconds ?? 0) > longCrampSeconds
    }
    if let longest = long.max(by: { ($0.longestCrampSeconds ?? 0) < ($1.longestCrampSeconds ?? 0) }) {
      flags.append(
        RedFlag(
          id: "long-cramp", rule: "A cramp lasting more than 10 minutes",
          detail:
            "a cramp of \(DurationParser.format(longest.longestCrampSeconds ?? 0)) on the night of \(longest.night)",
          advice: "See a doctor if a cramp lasts this long despite stretching.",
          sources: ["aafp-2012"]))
    }
    return flags
  }
}
