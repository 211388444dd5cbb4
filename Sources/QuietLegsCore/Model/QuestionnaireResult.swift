import Foundation

/// A completed "Cramp or RLS?" questionnaire: the answers, the outcome and when.
public struct QuestionnaireResult: Sendable, Equatable {
  public var id: Int64?
  public var takenAt: Date
  /// Question id -> answer id.
  public var answers: [String: String]
  /// The outcome's id (`cramps`, `maybe-rls`, `unclear`).
  public var outcome: String

  public init(id: Int64? = nil, takenAt: Date, answers: [String: String], outcome: String) {
    self.id = id
    self.takenAt = takenAt
    self.answers = answers
    self.outcome = outcome
  }
}
