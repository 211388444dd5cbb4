import Foundation

/// The JSON backup: everything in the journal, one array per kind of record.
public struct JournalBackup: Codable, Sendable {
  /// Always `quietlegs-journal`.
  public var format: String = "quietlegs-journal"
  /// Version of this layout.
  public var version: Int = 1
  public var exportedAt: String
  public var episodes: [EpisodeJSON]

  public init(exportedAt: String, episodes: [EpisodeJSON]) {
    self.exportedAt = exportedAt
    self.episodes = episodes
  }

  enum CodingKeys: String, CodingKey {
    case format, version, exportedAt, episodes
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decodeIfPresent(String.self, forKey: .format) ?? "quietlegs-journal"
    version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
    exportedAt = try container.decodeIfPresent(String.self, forKey: .exportedAt) ?? ""
    episodes = try container.decodeIfPresent([EpisodeJSON].self, forKey: .episodes) ?? []
  }

  /// Pretty, stable JSON (sorted keys).
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
