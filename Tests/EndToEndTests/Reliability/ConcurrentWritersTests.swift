import Foundation
import QuietLegsCore
import Testing

@Suite("Several writers at once")
struct ConcurrentWritersTests {
  @Test("four `log` loops on one journal: no 'database is locked', nothing lost")
  func parallelLogLoops() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "twitch", "--at", "2026-11-01 22:00"])
    let writers = 4
    let perWriter = 15
    let failures = LockedCounter()
    DispatchQueue.concurrentPerform(iterations: writers) { writer in
      for i in 0..<perWriter {
        let minute = String(format: "%02d:%02d", 12 + writer, i)
        guard let result = try? q.run(["log", "rls", "--at", "2026-11-19 \(minute)"]) else {
          failures.add()
          continue
        }
        if result.status != 0 || result.stderr.contains("locked") { failures.add() }
      }
    }
    #expect(failures.value == 0)
    let journal = try Journal(file: q.journalFile)
    #expect(try journal.episodeCount() == 1 + writers * perWriter)
  }
}

/// A counter safe to bump from several threads.
final class LockedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
