import Foundation
import GRDB

/// The columns an episode is read from, in the order every episode query selects them: rows are
/// decoded by position, which is several times cheaper than by name (docs/PERFORMANCE.md).
enum EpisodeColumn: Int, CaseIterable {
  case id, uuid, kind, startEpoch, utcOffset, night, severity, side, site, durationSeconds, woke, helped, note

  /// The column names, in the order of the cases (spelled out: describing a case at run time
  /// goes through reflection, which cost more than the query it served).
  static let names = [
    "id", "uuid", "kind", "startEpoch", "utcOffset", "night", "severity", "side", "site", "durationSeconds",
    "woke", "helped", "note",
  ]

  /// The select list for raw SQL: `id, uuid, kind, ...`.
  static let selectList = names.joined(separator: ", ")
}

/// How an `Episode` maps to a row of the `episode` table.
extension Episode: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "episode"
  public static var databaseSelection: [any SQLSelectable] { EpisodeColumn.names.map { Column($0) } }

  /// Reads a row selected with `EpisodeColumn.selectList` (or `databaseSelection`).
  public init(row: Row) throws {
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ column: EpisodeColumn) -> Value
    {
      row[column.rawValue]
    }
    let sideText: String? = value(.side)
    let siteText: String? = value(.site)
    let helpedText: String = value(.helped)
    self.init(
      id: value(.id),
      uuid: value(.uuid),
      kind: EpisodeKind(rawValue: value(.kind)) ?? .cramp,
      start: Date(timeIntervalSince1970: TimeInterval(value(.startEpoch) as Int64)),
      utcOffsetSeconds: value(.utcOffset),
      night: CivilDate(value(.night)) ?? CivilDate(dayNumber: 0),
      severity: value(.severity),
      side: sideText.flatMap(Side.init(rawValue:)),
      site: siteText.flatMap(Site.init(rawValue:)),
      durationSeconds: value(.durationSeconds),
      woke: value(.woke),
      helped: helpedText.isEmpty ? [] : helpedText.split(separator: ",").map(String.init),
      note: value(.note))
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container["id"] = id
    container["uuid"] = uuid
    container["kind"] = kind.rawValue
    container["startEpoch"] = Int64(start.timeIntervalSince1970.rounded(.down))
    container["utcOffset"] = utcOffsetSeconds
    container["night"] = night.description
    container["severity"] = severity
    container["side"] = side?.rawValue
    container["site"] = site?.rawValue
    container["durationSeconds"] = durationSeconds
    container["woke"] = woke
    container["helped"] = helped.joined(separator: ",")
    container["note"] = note
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }
}
