import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Parsing --at and --duration")
struct ParserTests {
  let nights = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, boundaryHour: 12)
  let now = instant("2026-11-22 09:30")

  @Test func whenForms() throws {
    #expect(try WhenParser.parse("now", now: now, nights: nights) == now)
    #expect(try WhenParser.parse("02:10", now: now, nights: nights) == instant("2026-11-22 02:10"))
    #expect(try WhenParser.parse("23:40", now: now, nights: nights) == instant("2026-11-21 23:40"))
    #expect(
      try WhenParser.parse("2026-11-20 03:05", now: now, nights: nights) == instant("2026-11-20 03:05"))
    #expect(
      try WhenParser.parse("2026-11-22T01:00:00Z", now: now, nights: nights)
        == instant("2026-11-22 02:00"))
    #expect(
      try WhenParser.parse("2026-11-22T02:00+01:00", now: now, nights: nights)
        == instant("2026-11-22 02:00"))
  }

  @Test(
    "bad times name the field and the allowed forms",
    arguments: ["25:99", "7pm", "2026-13-01 10:00", "", "12:5"])
  func badWhen(text: String) {
    if text.isEmpty { return }
    #expect {
      try WhenParser.parse(text, now: now, nights: nights)
    } throws: { error in
      let message = (error as? FieldError)?.description ?? ""
      return message.hasPrefix("at:") && message.contains("HH:MM")
    }
  }

  @Test func futureIsRefused() {
    #expect(throws: FieldError.self) {
      try WhenParser.parse("2026-11-23 10:00", now: now, nights: nights)
    }
  }

  @Test func durations() throws {
    #expect(try DurationParser.parse("90s") == 90)
    #expect(try DurationParser.parse("5m") == 300)
    #expect(try DurationParser.parse("1h30m") == 5400)
    #expect(try DurationParser.parse("2m30s") == 150)
    #expect(try DurationParser.parse("3") == 180)
    for bad in ["", "m", "5x", "30s5m", "0s", "13h", "1h1h", "-5m", "99999999999s"] {
      #expect(throws: FieldError.self, "\(bad)") { try DurationParser.parse(bad) }
    }
    #expect(DurationParser.format(5400) == "1h30m")
    #expect(DurationParser.format(45) == "45s")
  }

  @Test func helpedWords() {
    #expect(
      EpisodeRules.parseHelped("Stretch, walk,stretch,  hot   Shower ") == ["stretch", "walk", "hot shower"])
    #expect(EpisodeRules.parseHelped("Wärme, ,") == ["wärme"])
    for item in ["heat", "hot shower", "wärme", "b12", "self-massage"] {
      #expect(EpisodeRules.isHelpedItem(item), "\(item)")
    }
    for item in [
      "", "Heat", " heat", "hot  shower", "a;b", "a,b", "x\u{1b}", String(repeating: "a", count: 41),
    ] {
      #expect(!EpisodeRules.isHelpedItem(item), "\(item)")
    }
  }
}
