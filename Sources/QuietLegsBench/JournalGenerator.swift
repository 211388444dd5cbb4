import Foundation
import QuietLegsCore

/// Makes a realistic journal of many years, deterministic from a seed, and writes it through the
/// journal's own import path (one transaction).
struct JournalGenerator {
  var seed: UInt64
  var years: Int
  /// The last night of the generated history.
  var lastNight: CivilDate
  var nights: NightCalendar

  func bundle() -> ImportBundle {
    var rng = SeededRandom(seed: seed)
    var bundle = ImportBundle()
    let first = lastNight.adding(days: -(365 * years) + 1)
    let helpedWords = ["stretch", "walk", "massage", "heat", "water", "stand"]
    let factorIds = EveningFactor.builtIn.map(\.id)
    var night = first
    while night <= lastNight {
      // Bad spells come and go: a slow wave over the year plus noise.
      let dayOfYear = Double(night.dayNumber % 365)
      let wave = 0.8 + 0.15 * sin(dayOfYear / 365 * 2 * .pi)
      let episodes = rng.chance(wave) ? Int.random(in: 1...(rng.chance(0.7) ? 5 : 3), using: &rng) : 0
      for _ in 0..<episodes {
        let hour = [22, 23, 0, 1, 2, 3, 4, 5].randomElement(using: &rng)!
        let start = nights.instant(in: night, hour: hour, minute: Int.random(in: 0...59, using: &rng))
        let kind: EpisodeKind = rng.chance(0.6) ? .cramp : (rng.chance(0.7) ? .rls : .twitch)
        bundle.episodes.append(
          Episode(
            kind: kind, start: start, utcOffsetSeconds: nights.utcOffset(at: start), night: night,
            severity: Int.random(in: 1...10, using: &rng), side: Side.allCases.randomElement(using: &rng),
            site: Site.allCases.randomElement(using: &rng),
            durationSeconds: rng.chance(0.8) ? Int.random(in: 20...900, using: &rng) : nil,
            woke: rng.chance(0.5),
            helped: Array(helpedWords.shuffled(using: &rng).prefix(Int.random(in: 0...2, using: &rng))),
            note: rng.chance(0.15) ? "calf tight after a long walk, better with heat" : ""))
      }
      for factor in factorIds where rng.chance(0.12) {
        bundle.factors.append(FactorMark(night: night, factorId: factor))
      }
      if rng.chance(0.4) {
        let start = nights.instant(in: night, hour: 21, minute: Int.random(in: 0...50, using: &rng))
        let completed = rng.chance(0.85)
        bundle.sessions.append(
          RoutineSession(
            routineId: ["foot-soak", "calf-stretches", "bedtime-ritual"].randomElement(using: &rng)!,
            startedAt: start,
            endedAt: start.addingTimeInterval(Double(Int.random(in: 300...1500, using: &rng))),
            completed: completed, stoppedAtStep: completed ? nil : Int.random(in: 0...3, using: &rng)))
      }
      night = night.adding(days: 1)
    }
    // Ticks and lab values fall inside the generated history, never after its last night.
    let span = 365 * years
    for id in ["caffeine", "iron-deficiency", "sitting-all-day", "statins", "low-magnesium"] {
      bundle.checklist.append(
        ChecklistEntry(
          causeId: id, ticked: true, tickedOn: first.adding(days: Int.random(in: 0..<span, using: &rng)),
          note: ""))
    }
    for index in 0..<6 {
      bundle.labs.append(
        LabResult(
          test: .ferritin, value: Double(Int.random(in: 30...140, using: &rng)), unit: "ng/mL",
          takenOn: first.adding(days: index * (span - 1) / 5)))
    }
    return bundle
  }
}
