/// A routine file as parsed, before its chain (if any) is resolved into steps.
struct RoutineDocument: Sendable, Equatable {
  /// What the routine consists of: its own steps, or other routines by id.
  enum Body: Sendable, Equatable {
    case steps([RoutineStep])
    case chain([String])
  }

  var id: String
  var name: String
  var summary: String
  var safety: String?
  var sources: [String]
  var body: Body
  var origin: RoutineOrigin
  /// The file name used in error messages.
  var file: String
  /// Line of the `chain` key, for errors found while resolving it.
  var chainLine: Int?
}
