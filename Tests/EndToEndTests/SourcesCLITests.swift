import Foundation
import Testing

/// Every source the command line shows is a reference with its level, never an internal id or a
/// file path: `sources`, `causes --format json`, `lab` and both report formats.
@Suite("Sources on the command line")
struct SourcesCLITests {
  /// Internal source ids, file names and paths that must never reach a person.
  static let forbidden = [
    "seed-0", "seed 0", ".txt", "shared/seeds", "aafp-2012", "aasm-2024", "nhs-rls", "nhs-leg-cramps",
    "nhs-dvt", "irlssg-2014", "irlssg-2018", "cochrane-2020",
  ]

  func expectNoLeak(_ text: String, _ what: String) {
    for word in Self.forbidden { #expect(!text.contains(word), "\(what) shows '\(word)'") }
  }

  @Test func sourcesListsEveryReferenceWithItsLevelAndWhatCitesIt() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let table = try q.run(["sources"])
    #expect(table.status == 0, "\(table.stderr)")
    for words in [
      "Guideline or systematic review", "Study or review article", "Popular article", "PMID 22963024",
      "doi:10.5664/jcsm.11390", "Leg Cramps In The Midnight?", "undated", "cited by",
    ] {
      #expect(table.stdout.contains(words), "missing \(words)")
    }
    expectNoLeak(table.stdout, "sources")
    let json = try q.run(["sources", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let sources = object["sources"] as! [[String: Any]]
    #expect(sources.count >= 15)
    for source in sources {
      #expect(source["id"] == nil)
      #expect(!(source["reference"] as! String).isEmpty && !(source["citedBy"] as! [String]).isEmpty)
      #expect(["guideline", "study", "popular"].contains(source["level"] as! String))
    }
    expectNoLeak(json.stdout, "sources --format json")
    #expect(try q.run(["sources", "--format", "csv"]).status != 0)
  }

  @Test func causesLabAndReportsShowReferencesNotIds() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let causes = try q.run(["causes", "--format", "json"]).stdout
    expectNoLeak(causes, "causes --format json")
    let object = try JSONSerialization.jsonObject(with: Data(causes.utf8)) as! [String: Any]
    let first = (object["causes"] as! [[String: Any]])[0]
    let sources = first["sources"] as! [[String: Any]]
    #expect(!sources.isEmpty && sources.allSatisfy { ($0["reference"] as? String)?.isEmpty == false })
    try q.run(["check", "statins"])
    try q.run(["check", "caffeine"])
    let lab = try q.run(["lab", "ferritin", "60", "--date", "2026-11-01"]).stdout
    #expect(lab.contains("75 ng/mL") && lab.contains("AASM 2024"), "\(lab)")
    #expect(!lab.contains("50"), "the popular article's 50 is not set beside the guideline: \(lab)")
    expectNoLeak(lab + (try q.run(["lab"]).stdout), "lab")
    try q.run(["log", "cramp", "--severity", "6", "--duration", "12m"])
    for format in ["markdown", "html"] {
      let report = try q.run(["report", "--format", format])
      #expect(report.status == 0, "\(report.stderr)")
      expectNoLeak(report.stdout, "report --format \(format)")
      #expect(report.stdout.contains("Possible blood clot"), "\(format) lacks the clot flag")
      #expect(report.stdout.contains("A cramp lasting more than 10 minutes"))
      #expect(report.stdout.contains("Allen RE, Kirby KA. Nocturnal leg cramps"))
    }
  }
}
