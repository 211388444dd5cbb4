import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Routine lengths, step counts and episode filters")
struct DisplayTextTests {
  @Test(
    "lengths read in seconds, minutes, then hours and minutes",
    arguments: [
      (0, "0 s"), (45, "45 s"), (60, "1 min"), (61, "2 min"), (3540, "59 min"), (3600, "1 h"),
      (3601, "1 h 1 min"), (5400, "1 h 30 min"), (12990 * 60, "216 h 30 min"),
    ])
  func length(seconds: Int, text: String) {
    #expect(RoutineLengthText.length(seconds) == text)
  }

  @Test func steps() {
    #expect(RoutineLengthText.steps(1) == "1 step")
    #expect(RoutineLengthText.steps(0) == "0 steps")
    #expect(RoutineLengthText.steps(6) == "6 steps")
  }

  func episode(
    _ kind: EpisodeKind, _ severity: Int, note: String = "", helped: [String] = [], site: Site? = nil
  )
    -> Episode
  {
    Episode(
      kind: kind, start: Date(timeIntervalSince1970: 0), utcOffsetSeconds: 0, night: day("2026-11-20"),
      severity: severity, site: site, helped: helped, note: note)
  }

  @Test("kind, lowest severity and text filters each narrow the list")
  func filters() {
    let cramp = episode(.cramp, 7, note: "Crampé après le vélo", helped: ["stretch"], site: .calf)
    let rls = episode(.rls, 3, note: "TV late", helped: ["walk"])
    #expect(EpisodeFilter().matches(cramp) && EpisodeFilter().matches(rls))
    #expect(EpisodeFilter(kind: .rls).matches(rls) && !EpisodeFilter(kind: .rls).matches(cramp))
    #expect(EpisodeFilter(minSeverity: 7).matches(cramp) && !EpisodeFilter(minSeverity: 7).matches(rls))
    #expect(EpisodeFilter(search: "crampe").matches(cramp), "accents and case are ignored")
    #expect(EpisodeFilter(search: "VÉLO").matches(cramp))
    #expect(EpisodeFilter(search: "Stretch").matches(cramp), "what helped is searched")
    #expect(EpisodeFilter(search: "calf").matches(cramp), "the site is searched")
    #expect(!EpisodeFilter(search: "calf").matches(rls))
    #expect(!EpisodeFilter(kind: .cramp, search: "walk").matches(rls), "filters combine")
    #expect(EpisodeFilter(search: "  ").matches(rls), "a blank search filters nothing")
  }
}
