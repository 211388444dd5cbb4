import Foundation
import QuietLegsCore
import Testing

@Suite struct RoutineBuiltinTests {
  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let builtinFolder = root.appendingPathComponent("Sources/QuietLegsCore/Routines/Builtin")

  /// Id → text of every `.toml` file in the built-in folder.
  static func filesOnDisk() throws -> [String: String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: builtinFolder.path).filter {
      $0.hasSuffix(".toml")
    }
    return try Dictionary(
      uniqueKeysWithValues: names.map { name in
        (
          String(name.dropLast(5)),
          try String(contentsOf: builtinFolder.appendingPathComponent(name), encoding: .utf8)
        )
      })
  }

  static let hint =
    "give each file in Sources/QuietLegsCore/Routines/Builtin its line in EmbeddedRoutines.files"

  @Test func everyRoutineFileIsCarriedUnderItsName() throws {
    let onDisk = try Self.filesOnDisk()
    #expect(EmbeddedRoutines.files.keys.sorted() == onDisk.keys.sorted(), "\(Self.hint)")
    for (id, text) in onDisk {
      #expect(EmbeddedRoutines.files[id] == text, "\(id).toml is carried under another name; \(Self.hint)")
    }
  }

  @Test func everyBuiltInLoadsWithoutErrors() throws {
    let library = RoutineLibrary()
    #expect(library.errors.isEmpty, "\(library.errors)")
    #expect(library.routines.count == EmbeddedRoutines.files.count)
    for routine in library.routines {
      #expect(routine.origin == .builtIn)
      #expect(!routine.summary.isEmpty && !routine.sources.isEmpty)
      #expect(routine.steps.allSatisfy { !$0.cue.isEmpty })
    }
  }

  @Test(arguments: [
    "foot-soak", "toe-raises", "calf-stretches", "cramp-rescue", "bedtime-ritual", "rls-settle-down",
  ])
  func theExpectedBuiltInExists(id: String) throws {
    let routine = try #require(RoutineLibrary().routine(id: id))
    #expect(routine.totalSeconds > 0)
  }

  @Test func bedtimeRitualIsTheSoakThenTheStretches() throws {
    let library = RoutineLibrary()
    let ritual = try #require(library.routine(id: "bedtime-ritual"))
    let parts = try ["foot-soak", "calf-stretches"].map { try #require(library.routine(id: $0)) }
    #expect(ritual.steps == parts.flatMap(\.steps))
  }

  @Test func builtInSourcesAreInTheSourceCatalog() throws {
    let catalog = Self.root.appendingPathComponent("Sources/QuietLegsCore/Knowledge/sources.toml")
    let text = try String(contentsOf: catalog, encoding: .utf8)
    for routine in RoutineLibrary().routines {
      for source in routine.sources {
        #expect(text.contains("id = \"\(source)\""), "\(routine.id) cites unknown source \(source)")
      }
    }
  }
}
