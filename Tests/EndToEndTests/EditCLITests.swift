import Testing

@Suite("edit --at keeps the episode's night")
struct EditCLITests {
  static let now = "2026-11-22T03:10:00+01:00"

  @Test(
    "edit --at HH:MM moves the time within the episode's own night",
    arguments: [
      ("02:30", "Tue 10 Nov 2026 02:30 · night of 2026-11-09"),
      ("23:00", "Mon 9 Nov 2026 23:00 · night of 2026-11-09"),
      ("2026-11-15 01:00", "Sun 15 Nov 2026 01:00 · night of 2026-11-14"),
    ])
  func editTimeStaysInItsNight(at: String, expected: String) throws {
    let q = try QuietLegsProcess(now: Self.now)
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "2026-11-10 02:00"])
    let edited = try q.run(["edit", "1", "--at", at])
    #expect(edited.status == 0, "\(edited.stderr)")
    #expect(edited.stdout.contains(expected), "\(edited.stdout)")
  }

  @Test("edit --at HH:MM later than now in tonight's night is refused and changes nothing")
  func editIntoTheFutureIsRefused() throws {
    let q = try QuietLegsProcess(now: Self.now)
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "01:00"])
    let edited = try q.run(["edit", "1", "--at", "04:00"])
    #expect(edited.status != 0)
    #expect(edited.stderr.contains("future"), "\(edited.stderr)")
    #expect(try q.run(["list"]).stdout.contains("01:00"))
  }

  @Test func editHelpExplainsTheRule() throws {
    let q = try QuietLegsProcess(now: Self.now)
    defer { q.cleanUp() }
    let help = try q.run(["edit", "--help"]).stdout
    #expect(help.contains("episode's own night"), "\(help)")
  }
}
