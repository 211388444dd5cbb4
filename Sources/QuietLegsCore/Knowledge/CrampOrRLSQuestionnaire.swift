/// The "Cramp or RLS?" questionnaire: the IRLSSG essential criteria and the signs of a cramp,
/// asked in plain words. It sorts answers into a likely pattern; it never diagnoses.
public enum CrampOrRLSQuestionnaire {
  /// An answer to one question.
  public enum Answer: String, Sendable, CaseIterable, Codable {
    case yes, no, unsure
  }

  /// One question and what a "yes" means.
  public struct Question: Sendable, Equatable, Identifiable {
    public let id: String
    public let text: String
    /// What a "yes" points to, for the list of reasons.
    public let yesMeans: String
    public let sources: [String]
  }

  /// How the answers came out.
  public enum Outcome: String, Sendable, CaseIterable {
    case cramps, maybeRLS = "maybe-rls", unclear

    public var headline: String {
      switch self {
      case .cramps: "Looks more like cramps"
      case .maybeRLS: "May be RLS: talk to a doctor"
      case .unclear: "Unclear"
      }
    }

    /// What every result says after its headline: a pattern, not a diagnosis, and when to see a doctor.
    public var advice: String {
      let pattern = "This describes a pattern in your answers, not a diagnosis."
      return switch self {
      case .cramps:
        pattern + " See a doctor if cramps disturb your sleep or daily life, last more than 10 minutes, "
          + "or come with numbness, weakness or swelling of one leg."
      case .maybeRLS:
        pattern + " Only a doctor can confirm RLS; see one if it disturbs your sleep or daily life, and ask "
          + "about a ferritin blood test."
      case .unclear:
        pattern + " If your symptoms disturb your sleep or daily life, see a doctor and take your QuietLegs "
          + "record with you."
      }
    }

    /// The sources behind the result and its advice.
    public var sources: [String] {
      switch self {
      case .cramps: ["aafp-2012", "nhs-leg-cramps"]
      case .maybeRLS: ["irlssg-2014", "nhs-rls", "aasm-2024"]
      case .unclear: ["irlssg-2014", "aafp-2012", "nhs-rls", "nhs-leg-cramps"]
      }
    }
  }

  /// The result with the reasons behind it.
  public struct Result: Sendable, Equatable {
    public let outcome: Outcome
    public let reasons: [String]
  }

  /// The five IRLSSG essential criteria (all five are needed for RLS).
  public static let rlsQuestions: [Question] = [
    Question(
      id: "urge",
      text:
        "Do you feel a strong need to move your legs, often with odd feelings such as crawling, tingling or pulling?",
      yesMeans: "an urge to move the legs", sources: ["irlssg-2014"]),
    Question(
      id: "rest", text: "Does it start, or get worse, when you sit or lie still?",
      yesMeans: "it comes on at rest", sources: ["irlssg-2014"]),
    Question(
      id: "movement", text: "Does moving or walking ease it for as long as you keep moving?",
      yesMeans: "movement relieves it", sources: ["irlssg-2014"]),
    Question(
      id: "evening", text: "Is it only there, or much worse, in the evening or at night?",
      yesMeans: "it is worse in the evening or night", sources: ["irlssg-2014"]),
    Question(
      id: "explained",
      text:
        "Could something else explain it fully: a cramp, an awkward position, swollen legs, sore joints or a habit of tapping your feet?",
      yesMeans: "something else may explain it", sources: ["irlssg-2014"]),
  ]

  /// Signs of a night-time leg cramp.
  public static let crampQuestions: [Question] = [
    Question(
      id: "hard",
      text: "Does a muscle suddenly lock hard, so you can feel a tight knot (calf, foot, toes or thigh)?",
      yesMeans: "a muscle locks hard", sources: ["aafp-2012", "nhs-leg-cramps", "seed-004"]),
    Question(
      id: "pain",
      text: "Is it a sharp pain lasting seconds to about ten minutes, leaving the muscle sore afterwards?",
      yesMeans: "sharp, short pain with soreness after", sources: ["aafp-2012", "nhs-leg-cramps"]),
    Question(
      id: "stretch",
      text: "Does stretching that muscle (pulling your toes toward you) or standing on it bring relief?",
      yesMeans: "stretching relieves it", sources: ["aafp-2012", "nhs-leg-cramps"]),
  ]

  /// All questions in the order they are asked.
  public static let questions = rlsQuestions + crampQuestions

  /// Sorts answers into an outcome, with reasons. Missing answers count as unsure.
  public static func evaluate(_ answers: [String: Answer]) -> Result {
    func answer(_ id: String) -> Answer { answers[id] ?? .unsure }
    let positive = rlsQuestions.prefix(4)
    let rlsMet = positive.allSatisfy { answer($0.id) == .yes } && answer("explained") == .no
    let rlsRuledOut = positive.contains { answer($0.id) == .no } || answer("explained") == .yes
    let crampSigns = crampQuestions.filter { answer($0.id) == .yes }
    let crampLikely = answer("hard") == .yes && crampSigns.count >= 2

    var reasons: [String] = []
    let met = positive.filter { answer($0.id) == .yes }.map(\.yesMeans)
    if !met.isEmpty { reasons.append("RLS signs present: " + met.joined(separator: "; ")) }
    let missing = positive.filter { answer($0.id) != .yes }.map(\.yesMeans)
    if !missing.isEmpty { reasons.append("RLS signs absent or unsure: " + missing.joined(separator: "; ")) }
    if answer("explained") == .yes { reasons.append("something else may explain the symptoms") }
    if !crampSigns.isEmpty {
      reasons.append("Cramp signs present: " + crampSigns.map(\.yesMeans).joined(separator: "; "))
    }

    let outcome: Outcome
    if rlsMet && !crampLikely {
      outcome = .maybeRLS
      reasons.append("All five IRLSSG essential criteria fit; only a doctor can confirm RLS")
    } else if crampLikely && rlsRuledOut {
      outcome = .cramps
    } else {
      outcome = .unclear
      if rlsMet && crampLikely {
        reasons.append("Both patterns fit; you may have both, which a doctor can sort out")
      }
    }
    return Result(outcome: outcome, reasons: reasons)
  }
}
