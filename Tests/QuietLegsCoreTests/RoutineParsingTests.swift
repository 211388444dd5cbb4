import Foundation
import QuietLegsCore
import Testing

@Suite struct RoutineParsingTests {
  @Test func minimalUserFileLoadsWithDefaults() throws {
    let (routine, errors) = RoutineFixtures.load(
      """
      name = "Evening calves"
      [[steps]]
      title = "Wall calf stretch"
      seconds = 30
      repeat = 3
      rest = 10
      side = "alternate"
      """, id: "evening-calves")
    #expect(errors.isEmpty)
    let loaded = try #require(routine)
    #expect(loaded.name == "Evening calves")
    #expect(loaded.summary == "" && loaded.safety == nil && loaded.sources.isEmpty && loaded.chain.isEmpty)
    #expect(loaded.origin == .user(path: "evening-calves.toml"))
    #expect(
      loaded.steps == [
        RoutineStep(
          title: "Wall calf stretch", seconds: 30, repetitions: 3, restSeconds: 10, side: .alternate)
      ])
    #expect(loaded.stepCount == 1)
    #expect(loaded.totalSeconds == 3 * 30 + 2 * 10)
  }

  @Test func optionalKeysDefault() throws {
    let routine = try #require(
      RoutineFixtures.load("name = \"A\"\n[[steps]]\ntitle = \"T\"\nseconds = 5").routine)
    #expect(routine.steps[0] == RoutineStep(title: "T", cue: "", seconds: 5, repetitions: 1, restSeconds: 0))
  }

  @Test func unknownTopLevelKeyIsReportedAtItsLineWithTheAllowedKeys() throws {
    let error = try #require(
      RoutineFixtures.error("name = \"A\"\nlength = 3\n[[steps]]\ntitle = \"T\"\nseconds = 5"))
    #expect(error.file == "test.toml")
    #expect(error.line == 2)
    #expect(error.message.contains("unknown key 'length'"))
    #expect(error.message.contains("name, summary, safety, sources, steps, chain"))
  }

  @Test func unknownStepKeyIsReportedInItsStep() throws {
    let text = """
      name = "A"
      [[steps]]
      title = "One"
      seconds = 5
      [[steps]]
      title = "Two"
      seconds = 5
      sde = "left"
      """
    let error = try #require(RoutineFixtures.error(text))
    #expect(error.line == 8)
    #expect(error.message.contains("step 2"))
    #expect(error.message.contains("unknown key 'sde'"))
    #expect(error.message.contains("title, cue, seconds, repeat, rest, side"))
  }

  @Test func badSideNamesTheAllowedSides() throws {
    let error = try #require(
      RoutineFixtures.error("name = \"A\"\n[[steps]]\ntitle = \"T\"\nseconds = 5\nside = \"both\""))
    #expect(error.line == 5)
    #expect(error.message.contains("\"left\", \"right\" or \"alternate\""))
    #expect(error.message.contains("got \"both\""))
  }

  @Test(
    arguments: [
      ("seconds = 0", "seconds", "1 to 7200"),
      ("seconds = 7201", "seconds", "1 to 7200"),
      ("seconds = 30.5", "seconds", "1 to 7200"),
      ("seconds = \"30\"", "seconds", "1 to 7200"),
      ("seconds = 5\nrepeat = 0", "repeat", "1 to 100"),
      ("seconds = 5\nrepeat = 101", "repeat", "1 to 100"),
      ("seconds = 5\nrest = -1", "rest", "0 to 600"),
      ("seconds = 5\nrest = 601", "rest", "0 to 600"),
    ])
  func numbersOutOfRangeNameTheRange(line: String, key: String, range: String) throws {
    let text = "name = \"A\"\n[[steps]]\ntitle = \"T\"\n\(line)"
    let error = try #require(RoutineFixtures.error(text))
    #expect(error.line == text.split(separator: "\n").firstIndex { $0.hasPrefix(key) }.map { $0 + 1 })
    #expect(error.message.contains("\(key) must be a whole number from \(range)"), "\(error)")
  }

  @Test func missingTitlePointsAtTheStepHeader() throws {
    let error = try #require(
      RoutineFixtures.error("name = \"A\"\n[[steps]]\ntitle = \"T\"\nseconds = 5\n\n[[steps]]\nseconds = 5"))
    #expect(error.line == 6)
    #expect(error.message.contains("step 2 has no title"))
    #expect(error.message.contains("1 to 40 characters"))
  }

  @Test func missingSecondsAndNameAreReported() throws {
    let noSeconds = try #require(RoutineFixtures.error("name = \"A\"\n[[steps]]\ntitle = \"T\""))
    #expect(noSeconds.line == 2 && noSeconds.message.contains("has no seconds"))
    let noName = try #require(RoutineFixtures.error("[[steps]]\ntitle = \"T\"\nseconds = 5"))
    #expect(noName.message.contains("name is missing"))
  }

  @Test(
    arguments: [
      ("title = \"\(String(repeating: "x", count: 41))\"", "1 to 40 characters"),
      ("title = \"   \"", "1 to 40 characters"),
      ("title = \"T\"\ncue = \"\(String(repeating: "x", count: 81))\"", "0 to 80 characters"),
      ("title = \"\"\"\nTwo\nlines\"\"\"", "one line"),
    ])
  func textLimitsAreEnforced(lines: String, allowed: String) throws {
    let error = try #require(RoutineFixtures.error("name = \"A\"\n[[steps]]\n\(lines)\nseconds = 5"))
    #expect(error.line != nil)
    #expect(error.message.contains(allowed), "\(error)")
  }

  @Test func aRoutineNeedsStepsOrAChainButNotBoth() throws {
    let neither = try #require(RoutineFixtures.error("name = \"A\""))
    #expect(neither.message.contains("neither"))
    let both = try #require(
      RoutineFixtures.error("name = \"A\"\nchain = [\"b\"]\n[[steps]]\ntitle = \"T\"\nseconds = 5"))
    #expect(both.line == 2 && both.message.contains("not both"))
    let empty = try #require(RoutineFixtures.error("name = \"A\"\nchain = []"))
    #expect(empty.message.contains("at least one routine id"))
    let badId = try #require(RoutineFixtures.error("name = \"A\"\nchain = [\"Foot Soak\"]"))
    #expect(badId.message.contains("lowercase letters"))
  }

  @Test func syntaxErrorsCarryTheirLine() throws {
    let error = try #require(RoutineFixtures.error("name = \"A\"\n[[steps]]\ntitle = \"T\nseconds = 5"))
    #expect(error.line == 3)
    #expect(error.message.hasPrefix("not valid TOML"))
  }

  @Test func fileNameMustBeAValidId() throws {
    let (_, errors) = RoutineFixtures.load(
      "name = \"A\"\n[[steps]]\ntitle = \"T\"\nseconds = 5", id: "My Calves")
    #expect(errors.count == 1)
    #expect(errors.first?.message.contains("not a valid routine id") == true)
  }

  @Test func builtInsNeedSummaryCuesAndSources() {
    let user = "name = \"A\"\n[[steps]]\ntitle = \"T\"\nseconds = 5"
    let complete =
      "name = \"A\"\nsummary = \"S\"\nsources = [\"seed-003\"]\n[[steps]]\ntitle = \"T\"\ncue = \"C\"\nseconds = 5"
    #expect(RoutineLibrary(builtIns: ["a": complete]).errors.isEmpty)
    let errors = RoutineLibrary(builtIns: ["a": user]).errors
    #expect(errors.count == 1)
    #expect(errors.first?.file == "built-in routine a")
    #expect(errors.first?.message.contains("summary") == true)
    let noCue = complete.replacingOccurrences(of: "cue = \"C\"\n", with: "")
    #expect(
      RoutineLibrary(builtIns: ["a": noCue]).errors.first?.message.contains("step 1 has no cue") == true)
    let noSource = complete.replacingOccurrences(of: "sources = [\"seed-003\"]\n", with: "")
    #expect(RoutineLibrary(builtIns: ["a": noSource]).errors.first?.message.contains("source") == true)
  }
}
