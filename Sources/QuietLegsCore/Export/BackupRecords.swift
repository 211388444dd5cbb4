import Foundation

/// A checklist entry in the JSON backup (`checklist` array).
public struct ChecklistJSON: Codable, Sendable, Equatable {
  public var causeId: String
  public var ticked: Bool
  public var tickedOn: String?
  public var note: String?
}

/// A lab value in the JSON backup (`labs` array).
public struct LabJSON: Codable, Sendable, Equatable {
  public var uuid: String?
  public var test: String
  public var value: Double
  public var unit: String
  public var takenOn: String
}

/// A routine session in the JSON backup (`routineSessions` array).
public struct RoutineSessionJSON: Codable, Sendable, Equatable {
  public var routineId: String
  public var start: String
  public var end: String
  public var night: String?
  public var completed: Bool
  public var stoppedAtStep: Int?
}

/// An evening factor in the JSON backup (`factors` array).
public struct FactorJSON: Codable, Sendable, Equatable {
  public var night: String
  public var factor: String
}

/// A questionnaire result in the JSON backup (`questionnaires` array).
public struct QuestionnaireJSON: Codable, Sendable, Equatable {
  public var takenAt: String
  public var answers: [String: String]
  public var outcome: String
}
