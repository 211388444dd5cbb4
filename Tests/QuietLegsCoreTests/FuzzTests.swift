import Foundation
import Testing

@testable import QuietLegsCore

/// Property tests over every parser of outside text: none crashes, each error names the problem.
@Suite("Fuzzing the parsers")
struct FuzzTests {
  let nights = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, boundaryHour: 12)
  let now = instant("2026-11-22 09:30")
  let rounds = 2000

  @Test func whenParserNeverCrashesAndNeverReturnsTheFuture() {
    var rng = SeededGenerator(seed: 1)
    for _ in 0..<rounds {
      let input = Bool.random(using: &rng) ? Fuzz.text(&rng) : Fuzz.mutate("2026-11-21 23:40", &rng)
      do {
        let date = try WhenParser.parse(input, now: now, nights: nights)
        #expect(date.timeIntervalSince(now) <= EpisodeRules.futureTolerance, "\(input)")
      } catch {
        #expect(error.field == "at" && !error.message.isEmpty)
      }
    }
  }

  @Test func durationParserAcceptsOnlyInRange() {
    var rng = SeededGenerator(seed: 2)
    for _ in 0..<rounds {
      let input = Bool.random(using: &rng) ? Fuzz.text(&rng, maxPieces: 5) : Fuzz.mutate("1h30m", &rng)
      do {
        let seconds = try DurationParser.parse(input)
        #expect((1...EpisodeRules.maxDurationSeconds).contains(seconds), "\(input)")
        #expect(try DurationParser.parse(DurationParser.format(seconds)) == seconds)
      } catch {
        #expect(error.field == "duration")
      }
    }
  }

  @Test func csvImportRefusesCleanly() {
    var rng = SeededGenerator(seed: 3)
    let valid = "kind,start,severity,note\r\ncramp,2026-11-20T23:00:00+01:00,5,\"a, b\"\r\n"
    for _ in 0..<rounds {
      let input = Fuzz.mutate(valid, &rng)
      do {
        let bundle = try JournalImporter.bundle(
          from: Data(input.utf8), format: .csv, nights: nights, now: now)
        for e in bundle.episodes { #expect(EpisodeRules.severityRange.contains(e.severity)) }
      } catch {
        #expect(error.description.hasSuffix("nothing was imported"))
      }
    }
  }

  @Test func jsonImportRefusesCleanly() throws {
    var rng = SeededGenerator(seed: 4)
    let valid = """
      {"format":"quietlegs-journal","episodes":[{"kind":"rls","start":"2026-11-20T23:00:00+01:00","severity":4,"helped":["walk"]}],
       "labs":[{"test":"ferritin","value":40,"unit":"ng/mL","takenOn":"2026-11-01"}]}
      """
    for _ in 0..<rounds {
      let input = Fuzz.mutate(valid, &rng)
      do {
        _ = try JournalImporter.bundle(from: Data(input.utf8), format: .json, nights: nights, now: now)
      } catch {
        #expect(!error.message.isEmpty)
      }
    }
    // Random bytes, including invalid UTF-8.
    for _ in 0..<200 {
      let bytes = (0..<Int.random(in: 0...64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng)
      }
      #expect(throws: ImportError.self) {
        _ = try JournalImporter.bundle(from: Data(bytes), format: .json, nights: nights, now: now)
      }
    }
  }

  @Test("ICS text values never carry raw separators or control characters")
  func icsEscaping() {
    var rng = SeededGenerator(seed: 5)
    for _ in 0..<rounds {
      let escaped = ICalendarWriter.escape(Fuzz.text(&rng))
      var previousBackslash = false
      for scalar in escaped.unicodeScalars {
        #expect(scalar.value >= 0x20 && scalar.value != 0x7F)
        if !previousBackslash { #expect(scalar != ";" && scalar != ",") }
        previousBackslash = !previousBackslash && scalar == "\\"
      }
      for line in ICalendarWriter.fold("DESCRIPTION:" + escaped).components(separatedBy: "\r\n") {
        #expect(line.utf8.count <= 75)
      }
    }
  }

  @Test func routineFilesNeverCrashTheLoader() {
    var rng = SeededGenerator(seed: 6)
    let valid =
      "name = \"Evening calves\"\n[[steps]]\ntitle = \"Wall calf stretch\"\nseconds = 30\nrepeat = 3\nrest = 10\nside = \"alternate\"\n"
    for round in 0..<500 {
      let text = Bool.random(using: &rng) ? Fuzz.mutate(valid, &rng) : Fuzz.text(&rng, maxPieces: 20)
      if ProcessInfo.processInfo.environment["FUZZ_TRACE"] != nil { print("FUZZ", text.debugDescription) }
      let library = RoutineLibrary(userFiles: [RoutineFile(id: "mine", file: "mine.toml", text: text)])
      let loaded = library.routine(id: "mine") != nil
      let reported = library.errors.contains { $0.file == "mine.toml" && !$0.message.isEmpty }
      #expect(loaded != reported, "round \(round): \(text.debugDescription)")
    }
  }

  @Test func settingsFilesNeverCrash() {
    var rng = SeededGenerator(seed: 7)
    let valid = "theme = \"night\"\nbell = false\nnight_boundary_hour = 12\n"
    for _ in 0..<500 {
      do {
        let settings = try Settings.parse(Fuzz.mutate(valid, &rng), file: "config.toml")
        #expect((0...23).contains(settings.nightBoundaryHour))
      } catch {
        #expect(error.file == "config.toml" && !error.message.isEmpty)
      }
    }
  }
}

@Suite("TOML input the parser library cannot take")
struct TOMLGuardTests {
  @Test(
    "a header split over lines is reported, not passed to the library (which asserts)",
    arguments: ["[\nx]", "[[\nsteps]]", "name = 1\n  [[   # note\nsteps]]", "[ \\é=1", "[[[[steps]]steps]]"])
  func splitHeader(text: String) {
    #expect {
      try TOMLSource(text: text, file: "f.toml")
    } throws: { error in
      (error as? TOMLFileError)?.message.contains("same line") == true
    }
  }

  @Test func randomTextNeverCrashes() {
    var rng = SeededGenerator(seed: 8)
    for _ in 0..<3000 {
      let text = Fuzz.text(&rng, maxPieces: 25)
      if ProcessInfo.processInfo.environment["FUZZ_TRACE"] != nil { print("FUZZ", text.debugDescription) }
      _ = try? TOMLSource(text: text, file: "f.toml")
    }
  }
}
