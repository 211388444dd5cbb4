/// The "see a doctor" rules that are read from the journal itself (domain facts, red flags).
public enum JournalRedFlags {
  /// Bad nights in one week that raise QuietLegs' own rule of thumb (more than 3). Not guidance:
  /// it prompts the NHS advice to see a GP when symptoms disturb sleep.
  public static let badNightsPerWeek = 4
  /// A cramp longer than this many seconds raises a same-day flag.
  public static let longCrampSeconds = 600

  /// Guidance the bad-nights rule of thumb prompts: see a GP when symptoms disturb sleep.
  public static let badNightsSources = ["nhs-rls", "nhs-leg-cramps"]

  /// The words that label the bad-nights rule as the program's own.
  public static let ruleOfThumb = "QuietLegs' own rule of thumb, not a threshold from guidance"

  /// Flags for the `weeks` weeks ending with the week of `current`, most urgent first.
  public static func evaluate(
    _ history: NightHistory, current: CivilDate, weekStart: WeekStart, weeks: Int = 4
  ) -> [RedFlag] {
    var flags: [RedFlag] = []
    let thisWeek = current.startOfWeek(weekStart)
    var worstBad: (count: Int, week: CivilDate)?
    for back in 0..<weeks {
      let start = thisWeek.adding(days: -7 * back)
      let bad = history.badNights(from: start, through: start.adding(days: 6))
      if bad >= badNightsPerWeek, bad > (worstBad?.count ?? 0) { worstBad = (bad, start) }
    }
    let windowStart = thisWeek.adding(days: -7 * (weeks - 1))
    let long = history.recordedNights.filter {
      $0.night >= windowStart && $0.night <= current && ($0.longestCrampSeconds ?? 0) > longCrampSeconds
    }
    if let longest = long.max(by: { ($0.longestCrampSeconds ?? 0) < ($1.longestCrampSeconds ?? 0) }) {
      let sign = RedFlagSigns.longCramp
      flags.append(
        RedFlag(
          id: sign.id, rule: sign.rule,
          detail:
            "a cramp of \(DurationParser.format(longest.longestCrampSeconds ?? 0)) on the night of \(longest.night)",
          advice: sign.advice, sources: sign.sources, urgency: sign.urgency))
    }
    if let worstBad {
      flags.append(
        RedFlag(
          id: "bad-nights-per-week", rule: "More than 3 bad nights in a week (QuietLegs' rule of thumb)",
          detail: "\(worstBad.count) bad nights in the week of \(worstBad.week)",
          advice:
            Urgency.soon.whatToDo + " The count of 3 is \(ruleOfThumb); guidance says to see a GP when "
            + "symptoms disturb your sleep.",
          sources: badNightsSources, urgency: .soon))
    }
    return flags
  }
}
