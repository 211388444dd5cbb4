import Foundation
import Testing

/// Issue 16 on the real binary: config.toml, dates, numbers and times as typed.
@Suite("Data fixes on the command line")
struct DataFixesCLITests {
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
