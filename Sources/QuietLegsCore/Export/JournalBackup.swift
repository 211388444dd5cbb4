import Foundation

/// The JSON backup: everything in the journal, one array per kind of record.
public struct JournalBackup: Codable, Sendable {
  /// Always `quietlegs-journal`.
  public var format: String = "quietlegs-journal"
  /// The layout version this program writes and reads.
  public static let currentVersion = 1
  /// Version of this layout.
  public var version: Int = currentVersion
  public var exportedAt: String
  public var episodes: [EpisodeJSON]
  public var checklist: [ChecklistJSON] = []
  public var labs: [LabJSON] = []
  public var routineSessions: [RoutineSessionJSON] = []
  public var factors: [FactorJSON] = []
  public var questionnaires: [QuestionnaireJSON] = []
  /// The person's medicines, each with its logged doses (absent in files from before version 4 of the journal).
  public var medicines: [MedicineJSON] = []

  public init(exportedAt: String, episodes: [EpisodeJSON]) {
    self.exportedAt = exportedAt
    self.episodes = episodes
  }

  enum CodingKeys: String, CodingKey {
    case format, version, exportedAt, episodes, checklist, labs, routineSessions, factors, questionnaires
    case medicines
  }

  /// Reads a backup. `episodes` is required (every export writes it, so an object without it is
  /// not a QuietLegs export); other arrays that are absent (older or partial files) are empty.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    format = try c.decodeIfPresent(String.self, forKey: .format) ?? "quietlegs-journal"
    version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
    exportedAt = try c.decodeIfPresent(String.self, forKey: .exportedAt) ?? ""
    episodes = try c.decode([EpisodeJSON].self, forKey: .episodes)
    checklist = try c.decodeIfPresent([ChecklistJSON].self, forKey: .checklist) ?? []
    labs = try c.decodeIfPresent([LabJSON].self, forKey: .labs) ?? []
    routineSessions = try c.decodeIfPresent([RoutineSessionJSON].self, forKey: .routineSessions) ?? []
    factors = try c.decodeIfPresent([FactorJSON].self, forKey: .factors) ?? []
    questionnaires = try c.decodeIfPresent([QuestionnaireJSON].self, forKey: .questionnaires) ?? []
    medicines = try c.decodeIfPresent([MedicineJSON].self, forKey: .medicines) ?? []
  }

  /// Pretty, stable JSON (sorted keys).
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
