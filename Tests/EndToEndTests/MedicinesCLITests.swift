import Foundation
import Testing

/// `quietlegs med`: add, took, stop, list, delete; the backup round trip; and the flag in the report.
@Suite("Medicines on the command line")
struct MedicinesCLITests {
  @Test("add, took, stop, list (table and JSON), delete; each bad use says what is allowed")
  func roundTrip() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let added = try q.run([
      "med", "add", "Sertraline", "--dose", "50 mg", "--at", "08:00", "--since", "2026-01-10",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Added medicine 1: Sertraline, 50 mg, regular at 08:00, since 2026-01-10."))
    #expect(added.stdout.contains("You take sertraline, an SSRI: SSRIs can bring on or worsen restless legs"))
    #expect(added.stdout.contains("Change or stop a medicine only with your prescriber."))
    #expect(try q.run(["med", "add", "paracetamol", "--as-needed", "--since", "2026-11-01"]).status == 0)
    let took = try q.run(["med", "took", "2", "--at", "2026-11-22 01:30"])
    #expect(
      took.stdout.contains("Logged a dose of medicine 2 at 01:30, night of 2026-11-21."), "\(took.stderr)")
    #expect(try q.run(["med", "stop", "1", "--on", "2026-11-20"]).stdout.contains("stopped on 2026-11-20"))
    let list = try q.run(["med", "list"]).stdout
    #expect(
      list.contains("1   Sertraline, 50 mg, regular at 08:00, since 2026-01-10, stopped 2026-11-20"),
      "\(list)")
    #expect(list.contains("You took sertraline"))
    let json = try q.run(["med", "list", "--format", "json"]).stdout
    let items = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
    #expect(items.count == 2)
    #expect(items[1]["schedule"] as? String == "as-needed")
    #expect(
      (items[1]["doses"] as? [[String: Any]])?.first?["takenAt"] as? String == "2026-11-22T01:30:00+01:00")

    for (arguments, message) in [
      (["med", "add", "x", "--since", "1999-12-31"], "since: 1999-12-31 is before the year 2000"),
      (["med", "add", "x", "--since", "2026-11-23"], "since: 2026-11-23 is in the future"),
      (["med", "add", "x", "--since", "22/11/2026"], "since: '22/11/2026' is not a date"),
      (["med", "add", "x", "--at", "8pm"], "at: '8pm' is not a time"),
      (["med", "add", "x", "--as-needed", "--at", "20:00"], "use either --as-needed or --at"),
      (["med", "add", ""], "name: is empty"),
      (["med", "stop", "1", "--on", "2025-12-31"], "is before the start 2026-01-10"),
      (["med", "took", "1"], "only as-needed doses are logged"),
      (["med", "took", "2", "--at", "2026-10-30 22:00"], "is outside the dates you take paracetamol"),
      (["med", "delete", "9"], "no medicine with id 9"),
    ] {
      let result = try q.run(arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    #expect(
      try q.run(["med", "delete", "2"]).stdout.contains(
        "Deleted medicine 2: paracetamol, with its logged doses."))
    #expect(!(try q.run(["med"]).stdout.contains("paracetamol")))
  }

  @Test("the JSON backup carries medicines and doses; importing it twice adds them once")
  func backupRoundTrip() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["med", "add", "paracetamol", "--as-needed", "--since", "2026-11-01"])
    try q.run(["med", "took", "1", "--at", "2026-11-21 23:10"])
    let file = q.home.appendingPathComponent("backup.json")
    let export = try q.run(["export", "--format", "json", "--output", file.path])
    #expect(export.status == 0, "\(export.stderr)")
    let other = try QuietLegsProcess()
    defer { other.cleanUp() }
    let first = try other.run(["import", file.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("2 of 2 other records were new"), "\(first.stdout)")
    let second = try other.run(["import", file.path])
    #expect(second.stdout.contains("0 of 2 other records were new"), "\(second.stdout)")
    #expect(
      try other.run(["med", "list", "--format", "json"]).stdout
        == (try q.run(["med", "list", "--format", "json"]).stdout))
  }

  @Test("episodes can be in the arm or trunk; on a dopamine agonist the report shows the spread flag")
  func spreadInTheReport() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["med", "add", "pramipexole", "--at", "20:00", "--since", "2026-06-01"])
    let logged = try q.run(["log", "rls", "--at", "2026-11-20 21:30", "--site", "arm"])
    #expect(logged.status == 0, "\(logged.stderr)")
    let report = try q.run(["report", "--format", "markdown"]).stdout
    #expect(report.contains("**Soon: On pramipexole: restless legs in the arms**"), "\(report)")
    #expect(report.contains("(sources: MPI 2007; AASM 2024)"))
  }

  @Test("`quietlegs lab` shows iron treatment dates against the ferritin values")
  func labShowsIronTreatment() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["lab", "ferritin", "30", "--date", "2026-09-01"])
    try q.run(["med", "add", "ferrous sulfate", "--since", "2026-09-10"])
    try q.run(["lab", "ferritin", "90", "--date", "2026-11-20"])
    let list = try q.run(["lab"]).stdout
    #expect(
      list.contains(
        "Iron treatment and ferritin:\n  2026-09-01  ferritin 30 ng/mL\n  2026-09-10  started ferrous sulfate\n"
          + "  2026-11-20  ferritin 90 ng/mL"), "\(list)")
  }
}
