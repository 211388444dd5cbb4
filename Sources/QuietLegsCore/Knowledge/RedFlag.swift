/// How soon a red flag should be acted on, most urgent first.
public enum Urgency: Int, Sendable, CaseIterable, Comparable, Codable {
  case emergency, sameDay, soon, nextAppointment

  public static func < (a: Urgency, b: Urgency) -> Bool { a.rawValue < b.rawValue }

  /// A short name for the level, e.g. "Same day".
  public var label: String {
    switch self {
    case .emergency: "Emergency"
    case .sameDay: "Same day"
    case .soon: "Soon"
    case .nextAppointment: "Next appointment"
    }
  }

  /// What to do at this level, in words that work in any country.
  public var whatToDo: String {
    switch self {
    case .emergency:
      "Call your local emergency number now (for example 999, 112 or 911)."
    case .sameDay:
      "Get medical advice today: an urgent GP appointment, urgent care or a helpline such as NHS 111."
    case .soon: "Book an appointment with your GP in the coming days or weeks."
    case .nextAppointment: "Mention it at your next appointment with your doctor."
    }
  }

  /// A stable word for exports (JSON): emergency, same-day, soon, next-appointment.
  public var key: String {
    switch self {
    case .emergency: "emergency"
    case .sameDay: "same-day"
    case .soon: "soon"
    case .nextAppointment: "next-appointment"
    }
  }
}

/// A sign that it is time to see a doctor: the rule, what it means or what was seen, what to do,
/// how soon, and the sources behind it (ids into the source catalogue, never shown as such).
public struct RedFlag: Sendable, Equatable, Identifiable {
  /// Stable id of the rule.
  public let id: String
  /// The sign in a few words, e.g. "A cramp lasting more than 10 minutes".
  public let rule: String
  /// What the sign means, or what was seen in this person's data.
  public let detail: String
  /// What to do, fitting the urgency.
  public let advice: String
  /// Source ids behind the rule.
  public let sources: [String]
  public let urgency: Urgency

  public init(
    id: String, rule: String, detail: String, advice: String, sources: [String], urgency: Urgency
  ) {
    self.id = id
    self.rule = rule
    self.detail = detail
    self.advice = advice
    self.sources = sources
    self.urgency = urgency
  }

  /// The flags in order of urgency, most urgent first; flags of one level keep their order.
  public static func byUrgency(_ flags: [RedFlag]) -> [(urgency: Urgency, flags: [RedFlag])] {
    Urgency.allCases.compactMap { level in
      let members = flags.filter { $0.urgency == level }
      return members.isEmpty ? nil : (level, members)
    }
  }
}
