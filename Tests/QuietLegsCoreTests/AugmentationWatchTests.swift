import Foundation
import Testing

@testable import QuietLegsCore

/// Journals made to show, and not to show, restless legs starting earlier on a dopamine agonist.
@Suite("RLS onset and the augmentation watch")
struct AugmentationWatchTests {
  let now = instant("2026-11-28 22:30")
  var current: CivilDate { day("2026-11-28") }

  /// Logs one RLS episode a night at `time` (HH:MM, evening on the night's date, before noon the
  /// next morning) for each night from `first` for `count` nights.
  func logNights(
    _ t: TempJournal, from first: String, count: Int, at time: String, site: Site? = nil,
    nights: NightCalendar? = nil
  ) throws {
    let calendar = nights ?? t.nights
    let parts = time.split(separator: ":").map { Int($0)! }
    for offset in 0..<count {
      let night = day(first).adding(days: offset)
      let start = calendar.instant(in: night, hour: parts[0], minute: parts[1])
      try t.journal.add(
        EpisodeDraft(kind: .rls, start: start, severity: 5, site: site), nights: calendar, now: now)
    }
  }

  func pramipexole(_ t: TempJournal, since: String, until: String? = nil, asNeeded: Bool = false) throws {
    try t.journal.addMedicine(
      Medicine(
        name: "Pramipexole", dose: "0.125 mg", asNeeded: asNeeded,
        usualTime: asNeeded ? nil : ClockTime("20:00"), since: day(since), until: until.map(day)),
      today: current)
  }

  @Test(
    "onset 2 h 30 min earlier than in the 4 weeks before the start raises a soon flag that says what was compared"
  )
  func earlierOnsetRaisesTheFlag() throws {
    let t = try TempJournal()
    try pramipexole(t, since: "2026-06-01")
    try logNights(t, from: "2026-05-04", count: 10, at: "23:00")
    try logNights(t, from: "2026-11-10", count: 10, at: "20:30")
    let flags = try t.journal.augmentationFlags(current: current)
    #expect(flags.count == 1)
    let flag = try #require(flags.first)
    #expect(flag.urgency == .soon)
    #expect(flag.sources == ["mpi-2007", "aasm-2024"])
    #expect(flag.rule == "On Pramipexole: restless legs now start earlier in the evening")
    #expect(flag.detail.contains("latest 4 weeks (2026-11-01 to 2026-11-28, 10 nights) started by 20:30"))
    #expect(flag.detail.contains("against 23:00 in the 4 weeks before you started Pramipexole"))
    #expect(flag.detail.contains("(2026-05-04 to 2026-05-31, 10 nights): 2 h 30 min earlier"))
    #expect(flag.detail.contains("can be a sign of augmentation"))
    #expect(flag.advice.contains("Never stop the medicine or change its dose on your own"))
    #expect(!flag.advice.lowercased().contains("stop taking"))
    let twelve = try #require(try t.journal.augmentationFlags(current: current, clock: .twelveHour).first)
    #expect(twelve.detail.contains("started by 8:30 pm") && twelve.detail.contains("against 11:00 pm"))
  }

  @Test("without nights before the start, the first 4 weeks on the medicine are the reference")
  func firstWeeksOnTheMedicineAreTheReference() throws {
    let t = try TempJournal()
    try pramipexole(t, since: "2026-06-01")
    try logNights(t, from: "2026-06-01", count: 9, at: "23:30")
    try logNights(t, from: "2026-11-05", count: 9, at: "21:00")
    let flag = try #require(try t.journal.augmentationFlags(current: current).first)
    #expect(
      flag.detail.contains(
        "the first 4 weeks after you started Pramipexole (2026-06-01 to 2026-06-28, 9 nights)"))
    #expect(flag.detail.contains("2 h 30 min earlier"))
  }

  @Test("less than 2 hours earlier, too few nights, as-needed use or a stopped medicine raise nothing")
  func noFlagWithoutEnoughDrift() throws {
    let small = try TempJournal()
    try pramipexole(small, since: "2026-06-01")
    try logNights(small, from: "2026-05-04", count: 10, at: "23:00")
    try logNights(small, from: "2026-11-10", count: 10, at: "21:05")
    #expect(try small.journal.augmentationFlags(current: current).isEmpty)

    let few = try TempJournal()
    try pramipexole(few, since: "2026-06-01")
    try logNights(few, from: "2026-05-04", count: 10, at: "23:00")
    try logNights(few, from: "2026-11-10", count: AugmentationWatch.minimumNights - 1, at: "19:00")
    #expect(try few.journal.augmentationFlags(current: current).isEmpty)

    let asNeeded = try TempJournal()
    try pramipexole(asNeeded, since: "2026-06-01", asNeeded: true)
    try logNights(asNeeded, from: "2026-05-04", count: 10, at: "23:00")
    try logNights(asNeeded, from: "2026-11-10", count: 10, at: "19:00")
    #expect(try asNeeded.journal.augmentationFlags(current: current).isEmpty)

    // Started 10 days ago: the latest 4 weeks are not all on the medicine yet.
    let recent = try TempJournal()
    try pramipexole(recent, since: "2026-11-19")
    try logNights(recent, from: "2026-10-22", count: 10, at: "23:00")
    try logNights(recent, from: "2026-11-19", count: 10, at: "19:00")
    #expect(try recent.journal.augmentationFlags(current: current).isEmpty)

    let stopped = try TempJournal()
    try pramipexole(stopped, since: "2026-06-01", until: "2026-10-01")
    try logNights(stopped, from: "2026-05-04", count: 10, at: "23:00")
    try logNights(stopped, from: "2026-11-10", count: 10, at: "19:00")
    #expect(try stopped.journal.augmentationFlags(current: current).isEmpty)
  }

  @Test("a sertraline journal with the same drift raises no augmentation flag (not a dopamine agonist)")
  func otherMedicinesAreNotWatched() throws {
    let t = try TempJournal()
    try t.journal.addMedicine(Medicine(name: "sertraline", since: day("2026-06-01")), today: current)
    try logNights(t, from: "2026-05-04", count: 10, at: "23:00")
    try logNights(t, from: "2026-11-10", count: 10, at: "19:00", site: .arm)
    #expect(try t.journal.augmentationFlags(current: current).isEmpty)
  }

  @Test("levodopa is watched too")
  func levodopaIsWatched() throws {
    let t = try TempJournal()
    try t.journal.addMedicine(
      Medicine(name: "Levodopa/benserazide", since: day("2026-06-01")), today: current)
    try logNights(t, from: "2026-05-04", count: 10, at: "23:00")
    try logNights(t, from: "2026-11-10", count: 10, at: "20:00")
    #expect(
      try t.journal.augmentationFlags(current: current).map(\.id).first?.hasPrefix("augmentation-earlier")
        == true)
  }

  @Test(
    "DST nights: onsets are wall-clock times, so the same evening time on both sides of a change is no drift")
  func dstNightsAreNotDrift() throws {
    let t = try TempJournal()
    // Europe/Berlin leaves summer time on 2026-10-25 and entered it on 2026-03-29.
    try pramipexole(t, since: "2026-09-28")
    try logNights(t, from: "2026-09-28", count: 28, at: "22:00")
    try logNights(t, from: "2026-11-01", count: 28, at: "22:00")
    let episodes = try t.journal.episodes(from: day("2026-10-24"), through: day("2026-10-25"))
    #expect(RLSOnset.nights(episodes).map(\.minutes) == [1320, 1320])
    // An early-morning onset on the night the clocks go back still reads as 02:30 the next day.
    let spring = try TempJournal()
    try spring.journal.add(
      EpisodeDraft(kind: .rls, start: instant("2026-03-29 03:30")), nights: spring.nights, now: now)
    let onset = try #require(RLSOnset.nights(try spring.journal.allEpisodes()).first)
    #expect(onset.night == day("2026-03-28"))
    #expect(onset.minutes == 24 * 60 + 210)
    #expect(onset.fromNightStart(boundaryHour: 12) == 15 * 60 + 30)
    #expect(try t.journal.augmentationFlags(current: current).isEmpty)
  }

  @Test("a changed night boundary (noon, then 6 pm) does not move onsets or raise the flag")
  func changedBoundaryIsNotDrift() throws {
    let t = try TempJournal()
    try pramipexole(t, since: "2026-06-01")
    try logNights(t, from: "2026-05-04", count: 10, at: "21:00")
    let evening = NightCalendar(timeZone: t.nights.timeZone, boundaryHour: 18)
    try logNights(t, from: "2026-11-10", count: 10, at: "21:00", nights: evening)
    let onsets = RLSOnset.nights(try t.journal.allEpisodes())
    #expect(Set(onsets.map(\.minutes)) == [21 * 60])
    #expect(try t.journal.augmentationFlags(current: current).isEmpty)
  }

  @Test("restless legs in the arms or trunk while on a dopamine agonist raise the spread flag")
  func spreadRaisesTheFlag() throws {
    let t = try TempJournal()
    try pramipexole(t, since: "2026-06-01")
    try logNights(t, from: "2026-11-20", count: 2, at: "22:00", site: .arm)
    try logNights(t, from: "2026-11-25", count: 1, at: "22:00", site: .trunk)
    let flag = try #require(try t.journal.augmentationFlags(current: current).first)
    #expect(flag.id.hasPrefix("augmentation-spread"))
    #expect(flag.rule == "On Pramipexole: restless legs in the arms and trunk")
    #expect(flag.detail.contains("on 3 nights of the latest 4 weeks (last on the night of 2026-11-25)"))
    #expect(flag.detail.contains("can be a sign of augmentation"))
    #expect(flag.urgency == .soon && flag.sources == ["mpi-2007", "aasm-2024"])
    // Legs only: nothing.
    let legs = try TempJournal()
    try pramipexole(legs, since: "2026-06-01")
    try logNights(legs, from: "2026-11-20", count: 3, at: "22:00", site: .calf)
    #expect(try legs.journal.augmentationFlags(current: current).isEmpty)
  }

  @Test("the weekly median onset, and medians of even counts")
  func weeklyMedians() {
    let onsets = [1290, 1320, 1380, 1500].enumerated().map {
      NightOnset(night: day("2026-11-02").adding(days: $0.offset), minutes: $0.element)
    }
    let weeks = RLSOnset.weekly(onsets, first: day("2026-11-02"), weeks: 2)
    #expect(weeks.map(\.median) == [1350, nil])
    #expect(weeks.map(\.nights) == [4, 0])
    #expect(RLSOnset.clock(1500) == "01:00")
    #expect(RLSOnset.span(150) == "2 h 30 min")
  }
}
