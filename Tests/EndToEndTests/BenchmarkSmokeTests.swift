import Foundation
import Testing

/// The benchmark is measured by `Scripts/bench.sh`, never asserted here; this only checks that
/// its parts run on a small journal.
@Suite("Benchmark smoke test")
struct BenchmarkSmokeTests {
  /// Runs `quietlegs-bench` from the build folder.
  func bench(_ arguments: [String]) throws -> (status: Int32, output: String) {
    try run(
      QuietLegsProcess.binary.deletingLastPathComponent().appendingPathComponent("quietlegs-bench"),
      arguments,
      environment: ["TZ": "Europe/Berlin", "PATH": "/usr/bin:/bin"])
  }

  /// Runs one of the Python harnesses in Scripts/ (they are given the debug binary).
  func script(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return try run(
      URL(fileURLWithPath: "/usr/bin/python3"),
      [root.appendingPathComponent("Scripts/\(name)").path] + arguments)
  }

  /// Runs a program to its end; standard output and error together.
  private func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws
    -> (status: Int32, output: String)
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
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

  @Test(
    "the pseudo-terminal harnesses run on a small journal",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
  func ptyHarnesses() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    _ = try bench(["generate", "--data-dir", q.dataFolder.path, "--years", "1", "--seed", "5"])
    let config = q.home.appendingPathComponent("config").path
    // The routine Scripts/bench.sh writes for the countdown figure.
    let routines = URL(fileURLWithPath: config).appendingPathComponent("quietlegs/routines")
    try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
    try "name = \"Bench hold\"\n[[steps]]\ntitle = \"Hold\"\nseconds = 600\n".write(
      to: routines.appendingPathComponent("bench-hold.toml"), atomically: true, encoding: .utf8)
    let binary = QuietLegsProcess.binary.path
    let ab = try script("bench_ab.py", [q.dataFolder.path, config, binary, "--runs", "1"])
    #expect(ab.status == 0, "\(ab.output)")
    #expect(ab.output.contains("| \(binary) |"), "\(ab.output)")
    let table = try script(
      "bench_pty.py",
      [
        binary, q.dataFolder.path, config, "--runs", "1", "--idle-seconds", "0.2", "--start-runs", "1",
        "--calcurse", "",
      ])
    #expect(table.status == 0, "\(table.output)")
    for figure in [
      "1. start to first frame", "2. bytes for a calendar move", "2. bytes per move on a walk", "3. CPU",
      "4. peak resident memory",
    ] {
      #expect(table.output.contains(figure), "\(figure) missing: \(table.output)")
    }
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
