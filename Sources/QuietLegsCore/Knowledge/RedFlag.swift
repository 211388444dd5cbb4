/// A sign that it is time to see a doctor, with the rule that raised it and its source.
public struct RedFlag: Sendable, Equatable, Identifiable {
  /// Stable id of the rule.
  public let id: String
  /// The rule in a few words, e.g. "More than 3 bad nights in a week".
  public let rule: String
  /// What was seen in this person's data.
  public let detail: String
  /// What to do.
  public let advice: String
  /// Source ids behind the rule.
  public let sources: [String]
  /// True when it should be acted on promptly.
  public let urgent: Bool

  public init(
    id: String, rule: String, detail: String, advice: String, sources: [String], urgent: Bool = false
  ) {
    self.id = id
    self.rule = rule
    self.detail = detail
    self.advice = advice
    self.sources = sources
    self.urgent = urgent
  }
}
