import Foundation
import Testing

/// The benchmark is measured by `Scripts/bench.sh`, never asserted here; this only checks that
/// its parts run on a small journal.
@Suite("Benchmark smoke test")
struct BenchmarkSmokeTests {
  func bench(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = QuietLegsProcess.binary.deletingLastPathComponent().appendingPathComponent(
      "quietlegs-bench")
    process.arguments = arguments
    process.environment = ["TZ": "Europe/Berlin", "PATH": "/usr/bin:/bin"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func generatesAJournalAndTimesIt() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let made = try bench(["generate", "--data-dir", q.dataFolder.path, "--years", "1", "--seed", "7"])
    #expect(made.status == 0, "\(made.output)")
    #expect(made.output.contains("Generated"))
    let again = try bench(["generate", "--data-dir", q.dataFolder.path, "--years", "1", "--seed", "7"])
    #expect(again.status != 0, "a second run must not add to an existing journal")
    let timed = try bench(["inprocess", "--data-dir", q.dataFolder.path])
    #expect(timed.status == 0, "\(timed.output)")
    #expect(timed.output.contains("month query:") && timed.output.contains("calendar frame render"))
    let list = try q.run(["list", "--from", "2026-11-01", "--format", "csv"])
    #expect(list.status == 0)
  }

  @Test("the generator is deterministic from its seed")
  func deterministic() throws {
    let a = try QuietLegsProcess()
    let b = try QuietLegsProcess()
    defer {
      a.cleanUp()
      b.cleanUp()
    }
    _ = try bench(["generate", "--data-dir", a.dataFolder.path, "--years", "1", "--seed", "3"])
    _ = try bench(["generate", "--data-dir", b.dataFolder.path, "--years", "1", "--seed", "3"])
    let strip = { (text: String) in
      text.split(separator: "\r\n").map { $0.split(separator: ",").dropFirst(2).joined(separator: ",") }
    }
    let listA = try a.run(["list", "--format", "csv"]).stdout
    let listB = try b.run(["list", "--format", "csv"]).stdout
    #expect(strip(listA).count > 100)
    #expect(strip(listA) == strip(listB))
  }
}
