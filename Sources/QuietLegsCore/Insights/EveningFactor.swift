/// Something about an evening that may go with worse nights (caffeine late, alcohol, ...).
public struct EveningFactor: Sendable, Equatable, Identifiable {
  /// Stable id used on the command line and in exports.
  public let id: String
  public let label: String
  /// Sources for why it is worth noting; empty for user-defined factors.
  public let sources: [String]
  /// True for the factor recorded automatically when a routine is completed.
  public let automatic: Bool

  public init(id: String, label: String, sources: [String], automatic: Bool = false) {
    self.id = id
    self.label = label
    self.sources = sources
    self.automatic = automatic
  }

  /// Id of the factor a completed bedtime routine records by itself.
  public static let routineID = "routine-done"

  /// The built-in factors a person can note for an evening.
  public static let builtIn: [EveningFactor] = [
    EveningFactor(id: "caffeine-late", label: "Caffeine after midday", sources: ["nhs-rls"]),
    EveningFactor(id: "alcohol", label: "Alcohol", sources: ["nhs-rls"]),
    EveningFactor(id: "hard-exercise", label: "Hard exercise", sources: ["aafp-2012", "nhs-rls"]),
    EveningFactor(id: "long-sitting", label: "Sat most of the day", sources: ["irlssg-2014", "nhs-rls"]),
    EveningFactor(id: "long-standing", label: "Stood most of the day", sources: ["aafp-2012"]),
    EveningFactor(id: "low-water", label: "Drank little water", sources: ["seed-002"]),
    EveningFactor(id: "magnesium", label: "Took magnesium", sources: ["cochrane-2020", "seed-001"]),
    EveningFactor(id: "cold-room", label: "Cold room or legs", sources: ["seed-003"]),
  ]

  /// The automatic routine factor.
  public static let routine = EveningFactor(
    id: routineID, label: "Bedtime routine done", sources: ["nhs-leg-cramps", "seed-003"], automatic: true)

  /// Built-in plus user-defined factors (user ids that clash with built-ins are ignored).
  public static func all(custom: [String]) -> [EveningFactor] {
    let known = Set(builtIn.map(\.id) + [routineID])
    return builtIn
      + custom.filter { !known.contains($0) }.map { EveningFactor(id: $0, label: $0, sources: []) }
  }
}
