import Foundation
import QuietLegsCore

/// Helpers shared by the routine tests.
enum RoutineFixtures {
  /// Loads one user file's text (with no built-ins) and returns the routine and the errors.
  static func load(_ text: String, id: String = "test") -> (routine: Routine?, errors: [TOMLFileError]) {
    let library = RoutineLibrary(
      builtIns: [:], userFiles: [RoutineFile(id: id, file: "\(id).toml", text: text)])
    return (library.routine(id: id), library.errors)
  }

  /// The only error from loading `text` as a user file, or nil.
  static func error(_ text: String) -> TOMLFileError? {
    let errors = load(text).errors
    return errors.count == 1 ? errors[0] : nil
  }

  /// Calf stretch 30 s × 3 alternating with 10 s rests (0-110 s), then a 20 s step (110-130 s).
  static let calves = Routine(
    id: "calves", name: "Calves",
    steps: [
      RoutineStep(
        title: "Wall calf stretch", cue: "Heel down", seconds: 30, repetitions: 3, restSeconds: 10,
        side: .alternate),
      RoutineStep(title: "Long legs", seconds: 20),
    ])

  /// A 20-minute soak: 4 holds of 300 s with no rest.
  static let soak = Routine(
    id: "soak", name: "Soak", steps: [RoutineStep(title: "Soak", seconds: 300, repetitions: 4)])
}

/// Milliseconds as a `Duration`, exact (unlike a `Double` of seconds).
func ms(_ milliseconds: Int64) -> Duration { .milliseconds(milliseconds) }

/// Whole seconds as a `Duration`.
func sec(_ seconds: Int) -> Duration { .seconds(seconds) }
