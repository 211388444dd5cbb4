/// A guided routine: named, sourced steps the user follows with a timer.
public struct Routine: Sendable, Equatable, Identifiable {
  /// Stable id: the file name without `.toml` (see `Identifier.isValid`).
  public var id: String
  /// Display name (1 to 40 characters).
  public var name: String
  /// One or two sentences on what the routine is for; may be empty in user files.
  public var summary: String
  /// A warning to show before starting, if any.
  public var safety: String?
  /// Ids from the source catalog (or free text in user files) backing the routine.
  public var sources: [String]
  /// The steps in order; for a chain, the chained routines' steps one after another.
  public var steps: [RoutineStep]
  /// Ids of the routines this one chains, in order; empty for a routine with its own steps.
  public var chain: [String]
  /// Where the routine was loaded from.
  public var origin: RoutineOrigin

  public init(
    id: String, name: String, summary: String = "", safety: String? = nil, sources: [String] = [],
    steps: [RoutineStep], chain: [String] = [], origin: RoutineOrigin = .builtIn
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.safety = safety
    self.sources = sources
    self.steps = steps
    self.chain = chain
    self.origin = origin
  }

  /// Number of steps.
  public var stepCount: Int { steps.count }

  /// Whole length in seconds: every hold plus the rests between repeats.
  public var totalSeconds: Int { steps.reduce(0) { $0 + $1.totalSeconds } }
}

/// Where a routine came from: carried in the binary, or a file in the user's routines folder.
public enum RoutineOrigin: Sendable, Equatable {
  case builtIn
  /// A user file; `path` is its full path.
  case user(path: String)
}
