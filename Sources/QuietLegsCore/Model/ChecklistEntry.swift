/// What a person marked on the cause checklist: a tick with its date, and a note.
public struct ChecklistEntry: Sendable, Equatable, Codable {
  /// The cause's id in the catalogue.
  public var causeId: String
  public var ticked: Bool
  /// The date the tick was made; nil when not ticked.
  public var tickedOn: CivilDate?
  public var note: String

  public init(causeId: String, ticked: Bool, tickedOn: CivilDate?, note: String = "") {
    self.causeId = causeId
    self.ticked = ticked
    self.tickedOn = tickedOn
    self.note = note
  }

  /// The problem with a new note on a cause (longer than `TextLimits.causeNote`); nil when fine.
  public static func checkNote(_ note: String) -> FieldError? {
    TextLimits.check(note, field: "note", limit: TextLimits.causeNote, what: "a cause note")
  }
}
