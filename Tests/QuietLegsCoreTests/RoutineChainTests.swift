import QuietLegsCore
import Testing

@Suite struct RoutineChainTests {
  private func file(_ id: String, _ text: String) -> RoutineFile {
    RoutineFile(id: id, file: "\(id).toml", text: text)
  }

  private func steps(_ name: String, safety: String? = nil, sources: [String] = []) -> String {
    var text = "name = \"\(name)\"\n"
    if let safety { text += "safety = \"\(safety)\"\n" }
    if !sources.isEmpty { text += "sources = [\(sources.map { "\"\($0)\"" }.joined(separator: ", "))]\n" }
    return text + "[[steps]]\ntitle = \"\(name) step\"\nseconds = 10\n"
  }

  @Test func chainsConcatenateStepsAndBorrowSourcesAndSafety() throws {
    let library = RoutineLibrary(
      builtIns: [:],
      userFiles: [
        file("soak", steps("Soak", safety: "Test the water", sources: ["seed-003"])),
        file("stretch", steps("Stretch", sources: ["seed-000", "seed-003"])),
        file("evening", "name = \"Evening\"\nchain = [\"soak\", \"stretch\"]"),
        file("night", "name = \"Night\"\nsources = [\"own\"]\nchain = [\"evening\", \"soak\"]"),
      ])
    #expect(library.errors.isEmpty)
    let evening = try #require(library.routine(id: "evening"))
    #expect(evening.steps.map(\.title) == ["Soak step", "Stretch step"])
    #expect(evening.chain == ["soak", "stretch"])
    #expect(evening.sources == ["seed-003", "seed-000"])
    #expect(evening.safety == "Test the water")
    #expect(evening.totalSeconds == 20)
    let night = try #require(library.routine(id: "night"))
    #expect(night.steps.map(\.title) == ["Soak step", "Stretch step", "Soak step"])
    #expect(night.sources == ["own", "seed-003", "seed-000"])
  }

  @Test func unknownIdFailsOnlyThatRoutineAtItsChainLine() throws {
    let library = RoutineLibrary(
      builtIns: [:],
      userFiles: [
        file("soak", steps("Soak")),
        file("evening", "name = \"Evening\"\n\nchain = [\"soak\", \"stretchs\"]"),
      ])
    #expect(library.routines.map(\.id) == ["soak"])
    let error = try #require(library.errors.first)
    #expect(library.errors.count == 1)
    #expect(error.file == "evening.toml" && error.line == 3)
    #expect(error.message.contains("unknown routine 'stretchs'"))
    #expect(error.message.hasSuffix("may list only these routine ids: soak"))
  }

  @Test func cyclesAreReportedForEveryRoutineInThem() throws {
    let library = RoutineLibrary(
      builtIns: [:],
      userFiles: [
        file("a", "name = \"A\"\nchain = [\"b\"]"),
        file("b", "name = \"B\"\nchain = [\"a\"]"),
        file("c", "name = \"C\"\nchain = [\"c\"]"),
        file("d", steps("D")),
        file("e", "name = \"E\"\nchain = [\"d\", \"a\"]"),
      ])
    #expect(library.routines.map(\.id) == ["d"])
    let messages = library.errors.map(\.message)
    #expect(messages.count == 4)
    #expect(messages.contains { $0.contains("cycle: a → b → a") })
    #expect(messages.contains { $0.contains("cycle: b → a → b") })
    #expect(messages.contains { $0.contains("cycle: c → c") })
    #expect(messages.contains { $0.contains("goes through a cycle: a → b → a") })
  }

  @Test func chainThroughABrokenFileSaysSo() throws {
    let library = RoutineLibrary(
      builtIns: [:],
      userFiles: [
        file("soak", "name = \"Soak\"\n[[steps]]\ntitle = \"T\"\nseconds = 0"),
        file("evening", "name = \"Evening\"\nchain = [\"soak\"]"),
      ])
    #expect(library.routines.isEmpty)
    #expect(library.errors.count == 2)
    #expect(
      library.errors.contains { $0.file == "evening.toml" && $0.message.contains("whose file has an error") })
  }

  @Test func userFileOverridesABuiltInAndABrokenOneKeepsIt() throws {
    let builtIn =
      "name = \"Soak\"\nsummary = \"S\"\nsources = [\"seed-003\"]\n[[steps]]\ntitle = \"T\"\ncue = \"C\"\nseconds = 5"
    let chain = "name = \"Ritual\"\nsummary = \"S\"\nsources = [\"seed-000\"]\nchain = [\"soak\"]"
    let overridden = RoutineLibrary(
      builtIns: ["soak": builtIn, "ritual": chain], userFiles: [file("soak", steps("My soak"))])
    #expect(overridden.errors.isEmpty)
    #expect(overridden.routine(id: "soak")?.origin == .user(path: "soak.toml"))
    #expect(overridden.routine(id: "ritual")?.steps.map(\.title) == ["My soak step"])
    let broken = RoutineLibrary(
      builtIns: ["soak": builtIn, "ritual": chain], userFiles: [file("soak", "name = \"My soak\"")])
    #expect(broken.errors.map(\.file) == ["soak.toml"])
    #expect(broken.routine(id: "soak")?.origin == .builtIn)
    #expect(broken.routine(id: "ritual")?.steps.map(\.title) == ["T"])
  }

  @Test func builtInsComeFirstThenUserRoutinesByName() {
    let builtIn =
      "name = \"Zed\"\nsummary = \"S\"\nsources = [\"x\"]\n[[steps]]\ntitle = \"T\"\ncue = \"C\"\nseconds = 5"
    let library = RoutineLibrary(
      builtIns: ["zed": builtIn], userFiles: [file("b", steps("Beta")), file("a", steps("Alpha"))])
    #expect(library.routines.map(\.id) == ["zed", "a", "b"])
  }
}
