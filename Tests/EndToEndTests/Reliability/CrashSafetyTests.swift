import Foundation
import QuietLegsCore
import Testing

@Suite("Crash safety: SIGKILL during writes", .serialized)
struct CrashSafetyTests {
  @Test("kills during a stream of `log`: the journal stays intact and keeps every reported save")
  func killDuringLog() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "twitch", "--at", "2026-11-01 22:00"])  // create the journal first
    var reported: [String] = []
    var rng = SystemRandomNumberGenerator()
    let rounds = Soak.rounds(200)
    for round in 0..<rounds {
      let minute = String(format: "%02d:%02d", 18 + round / 60, round % 60)
      let note = "kill-\(round)"
      let child = try Spawned(q, ["log", "cramp", "--at", "2026-11-20 \(minute)", "--note", note])
      usleep(UInt32.random(in: 0...25_000, using: &rng))
      if child.kill().contains("Saved episode") { reported.append(note) }
    }
    let journal = try Journal(file: q.journalFile)
    #expect(try journal.integrityCheck() == "ok")
    let notes = Set(try journal.allEpisodes().map(\.note))
    for note in reported { #expect(notes.contains(note), "\(note) was reported saved but is missing") }
    // Some runs must have been cut short, or the test proved nothing.
    #expect(reported.count < rounds || notes.count == rounds + 1)
  }
}
