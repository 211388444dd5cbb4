import Foundation
import Testing

/// Issue 16 on the real binary: config.toml, dates, numbers and times as typed.
@Suite("Values typed on the command line: config.toml, dates, numbers and times")
struct CLIInputCheckTests {
  func writeSettings(_ text: String, for q: QuietLegsProcess) throws {
    let folder = q.home.appendingPathComponent("config/quietlegs")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
  }

  @Test("a typo in config.toml keeps the night boundary; an unreadable boundary refuses to write")
  func configTypoKeepsBoundary() throws {
    let q = try QuietLegsProcess(now: "2026-11-22T09:30:00+01:00")
    defer { q.cleanUp() }
    try writeSettings("night_boundary_hour = 18\nthem = \"night\"\n", for: q)
    let logged = try q.run(["log", "cramp", "--at", "2026-11-21 17:00"])
    #expect(logged.status == 0, "\(logged.stderr)")
    #expect(logged.stdout.contains("night of 2026-11-20"), "boundary 18 kept: \(logged.stdout)")
    #expect(logged.stderr.contains("config.toml:2: unknown setting 'them'"), "\(logged.stderr)")

    try writeSettings("night_boundary_hour = 25\n", for: q)
    let refused = try q.run(["log", "cramp", "--at", "2026-11-21 17:30"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("config.toml:1: night_boundary_hour must be"), "\(refused.stderr)")
    #expect(refused.stderr.contains("nothing was saved"))
    let listed = try q.run(["list"])
    #expect(listed.status == 0, "reading still works: \(listed.stderr)")
    #expect(listed.stdout.split(separator: "\n").count == 2, "one episode only: \(listed.stdout)")
  }
}

extension CLIInputCheckTests {
  @Test("lab values print as typed; 25% is accepted, 0.25 asks, hex and exponents are refused")
  func labValuesAsTyped() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    for (arguments, printed) in [
      (["lab", "tsat", "19.95"], "Saved Transferrin saturation 19.95 %"),
      (["lab", "ferritin", "12.25"], "Saved Ferritin 12.25 ng/mL"),
      (["lab", "tsat", "25%"], "Saved Transferrin saturation 25 %"),
      (["lab", "tsat", "0.04", "--confirm"], "Saved Transferrin saturation 0.04 %"),
    ] {
      let result = try q.run(arguments)
      #expect(
        result.status == 0 && result.stdout.contains(printed),
        "\(arguments): \(result.stdout)\(result.stderr)")
    }
    let listed = try q.run(["lab"]).stdout
    #expect(
      listed.contains("19.95 %") && listed.contains("0.04 %") && listed.contains("12.25 ng/mL"), "\(listed)")
    let report = try q.run(["report"]).stdout
    #expect(report.contains("Transferrin saturation 19.95 %"), "\(report)")
    let asked = try q.run(["lab", "tsat", "0.25"])
    #expect(asked.status == 1 && asked.stderr.contains("did you mean 25 %?"), "\(asked.stderr)")
    for bad in ["0x10", "1e3", "nan", "inf", ".5"] {
      let result = try q.run(["lab", "tsat", bad])
      #expect(result.status == 1 && result.stderr.contains("is not a number"), "\(bad): \(result.stderr)")
    }
    for bad in ["0x5", "+5", "5e0", "--5"] {
      let result = try q.run(["log", "cramp", "--severity", bad])
      #expect(
        result.status == 1 && result.stderr.contains("is not a whole number"), "\(bad): \(result.stderr)")
    }
    #expect(try q.run(["lab"]).stdout.split(separator: "\n").filter { $0.contains("%") }.count >= 3)
  }

  @Test("a factor night or lab date before 2000 is refused like an episode")
  func factorDatesBefore2000() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let factor = try q.run(["factors", "--night", "1999-01-01", "alcohol"])
    #expect(
      factor.status == 1 && factor.stderr.contains("night: 1999-01-01 is before the year 2000"),
      "\(factor.stderr)")
    let lab = try q.run(["lab", "ferritin", "40", "--date", "1999-12-31"])
    #expect(lab.status == 1 && lab.stderr.contains("before the year 2000"), "\(lab.stderr)")
    #expect(try q.run(["export"]).stdout.contains("\"factors\" : [\n\n  ]"))
  }
}

extension CLIInputCheckTests {
  @Test("a time in the DST gap is refused; a repeated one says which it took; times keep their zone")
  func clockChangesAndZones() throws {
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let gap = try q.run(["log", "cramp", "--at", "2026-03-29 02:30"])
    #expect(gap.status == 1, "\(gap.stdout)")
    #expect(
      gap.stderr.contains("does not exist in Europe/Berlin: clocks jumped from 02:00 to 03:00"),
      "\(gap.stderr)")
    let twice = try q.run(["log", "cramp", "--at", "2026-10-25 02:30"])
    #expect(twice.stdout.contains("the first was taken (02:30+02:00)"), "\(twice.stdout)")
    #expect(try q.run(["log", "rls", "--at", "2026-11-21 22:05"]).status == 0)
    let home = try q.run(["list"]).stdout
    #expect(home.contains("2026-11-21  22:05  rls") && !home.contains("UTC+"), "\(home)")
    q.environment["TZ"] = "Asia/Tokyo"
    let away = try q.run(["list"]).stdout
    #expect(away.contains("22:05 UTC+01:00") && away.contains("02:30 UTC+02:00"), "\(away)")
  }
}
