/// The allowed ranges for routine files, shared by the parser and its error messages.
enum RoutineLimits {
  static let seconds = 1...7200
  static let repetitions = 1...100
  static let restSeconds = 0...600
  static let titleLength = 1...40
  static let nameLength = 1...40
  static let cueLength = 0...80
  static let summaryLength = 0...200
  static let safetyLength = 0...400
  /// Every key a routine file may contain at its top level.
  static let routineKeys = ["name", "summary", "safety", "sources", "steps", "chain"]
  /// Every key a `[[steps]]` table may contain.
  static let stepKeys = ["title", "cue", "seconds", "repeat", "rest", "side"]
}
