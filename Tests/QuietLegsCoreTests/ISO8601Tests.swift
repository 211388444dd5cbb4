import Foundation
import Testing

@testable import QuietLegsCore

@Suite("ISO 8601")
struct ISO8601Tests {
  @Test func parsesTheUsualForms() throws {
    let expected = instant("2026-11-22 02:10")
    for text in [
      "2026-11-22T02:10:00+01:00", "2026-11-22T02:10+01:00", "2026-11-22T01:10:00Z",
      "2026-11-22T01:10:00.250Z", "2026-11-22T00:10:00-0100", "2026-11-22 01:10:00Z",
    ] {
      #expect(ISO8601.parse(text)?.date == expected, "\(text)")
    }
    #expect(ISO8601.parse("2026-11-22T02:10:00+01:00")?.offsetSeconds == 3600)
  }

  @Test func refusesNearMisses() {
    for text in [
      "", "2026-11-22", "2026-11-22T02:10", "2026-02-30T00:00Z", "2026-11-22T24:00Z",
      "2026-11-22T02:10:00+25:00", "2026-11-22T02:10:00Zjunk", "２０２６-11-22T02:10Z",
    ] {
      #expect(ISO8601.parse(text) == nil, "\(text)")
    }
  }

  @Test func formatsAndRoundTrips() {
    var rng = SeededGenerator(seed: 9)
    for _ in 0..<5000 {
      let seconds = Int.random(in: -2_000_000_000...4_000_000_000, using: &rng)
      let offset = Int.random(in: -14...14, using: &rng) * 3600 + [0, 1800, 2700].randomElement(using: &rng)!
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      let text = ISO8601.format(date, offsetSeconds: offset)
      #expect(ISO8601.parse(text)?.date == date, "\(text)")
    }
    #expect(ISO8601.format(instant("2026-11-22 02:10"), offsetSeconds: 3600) == "2026-11-22T02:10:00+01:00")
    #expect(ISO8601.format(Date(timeIntervalSince1970: 0), offsetSeconds: 0) == "1970-01-01T00:00:00Z")
  }
}
