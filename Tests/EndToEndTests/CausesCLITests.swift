import Foundation
import Testing

@Suite("Causes, ticks and labs on the command line")
struct CausesCLITests {
  @Test func tickPersistsAndShowsInMine() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    #expect(try q.run(["causes", "--mine"]).stdout.contains("not ticked any causes"))
    let tick = try q.run(["check", "caffeine", "--note", "two coffees after lunch"])
    #expect(tick.status == 0, "\(tick.stderr)")
    let mine = try q.run(["causes", "--mine"]).stdout
    #expect(mine.contains("[x] caffeine"))
    #expect(mine.contains("two coffees after lunch"))
    #expect(!mine.contains("iron-deficiency"))
    let json = try q.run(["causes", "--format", "json"]).stdout
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    let causes = object["causes"] as! [[String: Any]]
    #expect(causes.count >= 25)
    #expect(causes.first { $0["id"] as? String == "caffeine" }?["ticked"] as? Bool == true)
    #expect(try q.run(["uncheck", "caffeine"]).status == 0)
    #expect(try q.run(["causes", "--mine"]).stdout.contains("not ticked"))
  }

  @Test func unknownIdListsCloseMatches() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(["check", "magnesium"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("did you mean low-magnesium"), "\(result.stderr)")
  }

  @Test func labValuesAndBadUnits() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let saved = try q.run(["lab", "ferritin", "42", "--unit", "ug/L", "--date", "2026-11-01"])
    #expect(saved.stdout.contains("Saved Ferritin 42 ug/L from 2026-11-01"), "\(saved.stderr)")
    #expect(saved.stdout.contains("75 ng/mL"))
    let bad = try q.run(["lab", "ferritin", "42", "--unit", "%"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("unit"))
    #expect(try q.run(["lab", "tsat", "18"]).status == 0)
    let list = try q.run(["lab"]).stdout
    #expect(list.contains("2026-11-01  Ferritin"))
    #expect(list.contains("Transferrin saturation"))
  }

  @Test("a lab value typed wrongly is deleted by its id; bad uses say what is allowed")
  func labValueDeletion() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["lab", "ferritin", "420", "--date", "2026-11-01"])
    try q.run(["lab", "ferritin", "42", "--date", "2026-11-01"])
    let list = try q.run(["lab"]).stdout
    #expect(list.contains("ID  DATE        TEST"), "\(list)")
    #expect(list.contains("1   2026-11-01  Ferritin"), "\(list)")
    let deleted = try q.run(["lab", "--delete", "1"])
    #expect(deleted.status == 0, "\(deleted.stderr)")
    #expect(
      deleted.stdout.contains("Deleted lab value 1: Ferritin 420 ng/mL from 2026-11-01"), "\(deleted.stdout)")
    let after = try q.run(["lab"]).stdout
    #expect(!after.contains("420") && after.contains("42 ng/mL"), "\(after)")
    let unknown = try q.run(["lab", "--delete", "9"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no lab value with id 9"), "\(unknown.stderr)")
    let mixed = try q.run(["lab", "ferritin", "50", "--delete", "2"])
    #expect(mixed.status != 0)
    #expect(mixed.stderr.contains("--delete takes only the id"), "\(mixed.stderr)")
    #expect(try q.run(["lab"]).stdout.contains("42 ng/mL"), "a refused command changes nothing")
  }

  @Test func ticksTravelInTheBackup() throws {
    let a = try QuietLegsProcess()
    let b = try QuietLegsProcess()
    defer {
      a.cleanUp()
      b.cleanUp()
    }
    try a.run(["check", "statins", "--note", "started in May"])
    try a.run(["lab", "ferritin", "60"])
    let file = a.home.appendingPathComponent("all.json").path
    try a.run(["export", "--output", file])
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("\"checklist\""))
    #expect(try b.run(["import", file]).stdout.contains("2 of 2 other records were new"))
    #expect(try b.run(["causes", "--mine"]).stdout.contains("started in May"))
  }
}
