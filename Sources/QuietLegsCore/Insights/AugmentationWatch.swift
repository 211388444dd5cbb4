import Foundation

/// Watches for two signs of augmentation while a dopamine agonist or levodopa is taken regularly:
/// restless legs starting 2 or more hours earlier, and restless legs in the arms or trunk
/// (MPI 2007 criteria; AASM 2024). Raises a "soon" flag that says what was compared; never tells
/// anyone to stop a medicine.
public enum AugmentationWatch {
  /// Length of each compared window, in nights.
  public static let windowNights = 28
  /// The fewest nights with restless legs each window needs before medians are compared.
  public static let minimumNights = 8
  /// How much earlier the latest median must be, in minutes, to raise the flag.
  public static let earlierByMinutes = 120
  public static let sources = ["mpi-2007", "aasm-2024"]

  /// What the advice of both flags ends with.
  public static let neverAlone =
    "Never stop the medicine or change its dose on your own: talk to your prescriber, who will say what to do."

  /// The nights of episodes the watch needs for `medicines` up to `current`.
  public static func firstNightNeeded(_ medicines: [Medicine], current: CivilDate) -> CivilDate {
    let watched = medicines.filter { isWatched($0, on: current) }
    return min(
      current.adding(days: -windowNights + 1),
      watched.map { $0.since.adding(days: -windowNights) }.min() ?? current)
  }

  /// Whether a medicine is one the watch follows and is taken regularly on `day`.
  public static func isWatched(_ medicine: Medicine, on day: CivilDate) -> Bool {
    medicine.group?.canAugment == true && !medicine.asNeeded && medicine.isTaken(on: day)
  }

  /// Flags for `medicines` given `episodes` (which must cover `firstNightNeeded`), at night `current`.
  public static func evaluate(
    medicines: [Medicine], episodes: [Episode], current: CivilDate, clock: ClockStyle = .twentyFourHour
  ) -> [RedFlag] {
    let onsets = RLSOnset.nights(episodes)
    var flags: [RedFlag] = []
    for medicine in medicines where isWatched(medicine, on: current) {
      if let flag = earlierOnset(medicine, onsets: onsets, current: current, clock: clock) {
        flags.append(flag)
      }
      if let flag = spread(medicine, episodes: episodes, current: current) { flags.append(flag) }
    }
    return flags
  }

  /// The 4 weeks compared with the latest 4: before the start when they have enough nights,
  /// else the first 4 weeks on the medicine (when those end before the latest 4 begin).
  static func reference(_ medicine: Medicine, onsets: [NightOnset], latestStart: CivilDate)
    -> (first: CivilDate, label: String)?
  {
    let before = medicine.since.adding(days: -windowNights)
    if window(onsets, from: before).count >= minimumNights {
      return (before, "the 4 weeks before you started \(medicine.name)")
    }
    guard medicine.since.adding(days: windowNights - 1) < latestStart else { return nil }
    return (medicine.since, "the first 4 weeks after you started \(medicine.name)")
  }

  static func window(_ onsets: [NightOnset], from first: CivilDate) -> [Int] {
    onsets.filter { $0.night >= first && $0.night <= first.adding(days: windowNights - 1) }.map(\.minutes)
  }

  static func earlierOnset(
    _ medicine: Medicine, onsets: [NightOnset], current: CivilDate, clock: ClockStyle = .twentyFourHour
  ) -> RedFlag? {
    let latestStart = current.adding(days: -windowNights + 1)
    // The latest 4 weeks must all be on the medicine: a window half before the start compares nothing.
    guard medicine.since <= latestStart,
      let reference = reference(medicine, onsets: onsets, latestStart: latestStart)
    else { return nil }
    let then = window(onsets, from: reference.first)
    let now = window(onsets, from: latestStart)
    guard then.count >= minimumNights, now.count >= minimumNights,
      let thenMedian = RLSOnset.median(then), let nowMedian = RLSOnset.median(now),
      thenMedian - nowMedian >= earlierByMinutes
    else { return nil }
    let refEnd = reference.first.adding(days: windowNights - 1)
    return RedFlag(
      id: "augmentation-earlier-\(medicine.id ?? 0)",
      rule: "On \(medicine.name): restless legs now start earlier in the evening",
      detail:
        "Half of the nights with restless legs in the latest 4 weeks (\(latestStart) to \(current), "
        + "\(now.count) nights) started by \(RLSOnset.clock(nowMedian, clock)), against \(RLSOnset.clock(thenMedian, clock)) in "
        + "\(reference.label) (\(reference.first) to \(refEnd), \(then.count) nights): "
        + "\(RLSOnset.span(thenMedian - nowMedian)) earlier. Symptoms starting earlier can be a sign of "
        + "augmentation, a known effect of \(medicine.group?.plural.lowercased() ?? "this medicine")",
      advice: Urgency.soon.whatToDo + " Take this comparison with you. " + neverAlone,
      sources: sources, urgency: .soon)
  }

  static func spread(_ medicine: Medicine, episodes: [Episode], current: CivilDate) -> RedFlag? {
    let latestStart = current.adding(days: -windowNights + 1)
    let spread = episodes.filter {
      $0.kind == .rls && ($0.site == .arm || $0.site == .trunk) && $0.night >= latestStart
        && $0.night <= current && medicine.isTaken(on: $0.night)
    }.sorted { $0.start < $1.start }
    guard let last = spread.last else { return nil }
    let nights = Set(spread.map(\.night)).count
    let places = Set(spread.compactMap(\.site)).map { $0 == .arm ? "arms" : "trunk" }.sorted()
    return RedFlag(
      id: "augmentation-spread-\(medicine.id ?? 0)",
      rule: "On \(medicine.name): restless legs in the \(places.joined(separator: " and "))",
      detail:
        "You logged restless legs in the \(places.joined(separator: " and ")) on \(nights) "
        + "\(nights == 1 ? "night" : "nights") of the latest 4 weeks (last on the night of \(last.night)) "
        + "while taking \(medicine.name). Spreading beyond the legs can be a sign of augmentation, "
        + "a known effect of \(medicine.group?.plural.lowercased() ?? "this medicine")",
      advice: Urgency.soon.whatToDo + " " + neverAlone, sources: sources, urgency: .soon)
  }
}

extension Journal {
  /// The augmentation watch's flags at the night `current`, read from the journal.
  public func augmentationFlags(current: CivilDate, clock: ClockStyle = .twentyFourHour) throws(JournalError)
    -> [RedFlag]
  {
    let medicines = try medicines()
    guard medicines.contains(where: { AugmentationWatch.isWatched($0, on: current) }) else { return [] }
    let first = AugmentationWatch.firstNightNeeded(medicines, current: current)
    return AugmentationWatch.evaluate(
      medicines: medicines, episodes: try episodes(from: first, through: current), current: current,
      clock: clock)
  }
}
