import Foundation
import GRDB

/// How an `Episode` maps to a row of the `episode` table.
extension Episode: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "episode"

  public init(row: Row) throws {
    let kindText: String = row["kind"]
    let sideText: String? = row["side"]
    let siteText: String? = row["site"]
    let nightText: String = row["night"]
    let helpedText: String = row["helped"]
    self.init(
      id: row["id"],
      uuid: row["uuid"],
      kind: EpisodeKind(rawValue: kindText) ?? .cramp,
      start: Date(timeIntervalSince1970: TimeInterval(row["startEpoch"] as Int64)),
      utcOffsetSeconds: row["utcOffset"],
      night: CivilDate(nightText) ?? CivilDate(dayNumber: 0),
      severity: row["severity"],
      side: sideText.flatMap(Side.init(rawValue:)),
      site: siteText.flatMap(Site.init(rawValue:)),
      durationSeconds: row["durationSeconds"],
      woke: row["woke"],
      helped: helpedText.split(separator: ",").map(String.init),
      note: row["note"])
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
