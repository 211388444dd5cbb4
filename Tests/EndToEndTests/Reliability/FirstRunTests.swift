import Foundation
import QuietLegsCore
import Testing

@Suite("Creating a journal is atomic")
struct FirstRunTests {
  @Test("two first runs at once both succeed and share one journal")
  func simultaneousFirstRuns() throws {
    for round in 0..<Soak.rounds(12) {
      let q = try QuietLegsProcess()
      defer { q.cleanUp() }
      let results = LockedResults()
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        let result = try? q.run(["log", index == 0 ? "cramp" : "rls", "--at", "02:0\(index)"])
        results.add(result?.status ?? -1, result?.stderr ?? "did not run")
      }
      #expect(results.statuses == [0, 0], "round \(round): \(results.errors)")
      #expect(try Journal(file: q.journalFile).episodeCount() == 2)
    }
  }

  @Test("a first run killed at any moment never leaves a half-made journal")
  func killDuringCreation() throws {
    var rng = SystemRandomNumberGenerator()
    for round in 0..<Soak.rounds(40) {
      let q = try QuietLegsProcess()
      defer { q.cleanUp() }
      let child = try Spawned(q, ["log", "cramp", "--at", "02:00"])
      usleep(UInt32.random(in: 0...30_000, using: &rng))
      _ = child.kill()
      let after = try q.run(["log", "rls", "--at", "03:00"])
      #expect(after.status == 0, "round \(round): \(after.stderr)")
    }
  }
}

/// Exit statuses and messages collected from several threads.
final class LockedResults: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [(Int32, String)] = []
  func add(_ status: Int32, _ error: String) { lock.withLock { items.append((status, error)) } }
  var statuses: [Int32] { lock.withLock { items.map(\.0) } }
  var errors: [String] { lock.withLock { items.map(\.1) } }
}
