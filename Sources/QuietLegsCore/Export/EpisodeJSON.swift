import Foundation

/// An episode as it appears in the JSON backup (`episodes` array).
public struct EpisodeJSON: Codable, Sendable, Equatable {
  public var id: Int64?
  public var uuid: String?
  public var kind: String
  public var start: String
  public var night: String?
  public var severity: Int
  public var side: String?
  public var site: String?
  public var durationSeconds: Int?
  public var woke: Bool?
  public var helped: [String]?
  public var note: String?

  enum CodingKeys: String, CodingKey {
    case id, uuid, kind, start, night, severity, side, site, durationSeconds, woke, helped, note
  }

  /// Writes every key, with `null` for unknown values, so each item has the same shape.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(uuid, forKey: .uuid)
    try c.encode(kind, forKey: .kind)
    try c.encode(start, forKey: .start)
    try c.encode(night, forKey: .night)
    try c.encode(severity, forKey: .severity)
    try c.encode(side, forKey: .side)
    try c.encode(site, forKey: .site)
    try c.encode(durationSeconds, forKey: .durationSeconds)
    try c.encode(woke ?? false, forKey: .woke)
    try c.encode(helped ?? [], forKey: .helped)
    try c.encode(note ?? "", forKey: .note)
  }

  /// A row read from outside (CSV), before checking; the other fields start empty.
  public init(kind: String, start: String, severity: Int) {
    self.kind = kind
    self.start = start
    self.severity = severity
  }

  public init(_ episode: Episode) {
    id = episode.id
    uuid = episode.uuid
    kind = episode.kind.rawValue
    start = Timestamp.iso(episode.start, offsetSeconds: episode.utcOffsetSeconds)
    night = episode.night.description
    severity = episode.severity
    side = episode.side?.rawValue
    site = episode.site?.rawValue
    durationSeconds = episode.durationSeconds
    woke = episode.woke
    helped = episode.helped
    note = episode.note
  }

  /// Field-by-field values from any outside source (JSON or CSV), checked and turned into an episode.
  public func episode(nights: NightCalendar, now: Date) throws(FieldError) -> Episode {
    guard let kind = EpisodeKind(rawValue: kind.lowercased()) else {
      throw FieldError(
        field: "kind", message: "'\(self.kind)' is unknown; use cramp, rls or twitch")
    }
    guard let (date, offset) = Timestamp.parse(start) else {
      throw FieldError(
        field: "start", message: "'\(start)' is not ISO 8601 with an offset (2026-11-22T02:10:00+01:00)")
    }
    let side = try Self.optionalEnum(self.side, Side.self, field: "side")
    let site = try Self.optionalEnum(self.site, Site.self, field: "site")
    let draft = EpisodeDraft(
      kind: kind, start: date, severity: severity, side: side, site: site,
      durationSeconds: durationSeconds, woke: woke ?? false, helped: helped ?? [], note: note ?? "")
    if let problem = EpisodeRules.validate(draft, now: now) { throw problem }
    var night = nights.night(of: date)
    if let text = self.night, !text.isEmpty {
      guard let given = CivilDate(text), abs(given.days(since: night)) <= 1 else {
        throw FieldError(
          field: "night", message: "'\(text)' is not YYYY-MM-DD or does not match the start time")
      }
      night = given
    }
    var episode = Journal.episode(from: draft, nights: nights)
    episode.utcOffsetSeconds = offset
    episode.night = night
    if let uuid, !uuid.isEmpty {
      guard let canonical = RecordUUID.canonical(uuid) else {
        throw FieldError(field: "uuid", message: RecordUUID.problem(uuid))
      }
      episode.uuid = canonical
    }
    return episode
  }

  private static func optionalEnum<E: RawRepresentable & CaseIterable>(
    _ text: String?, _ type: E.Type, field: String
  ) throws(FieldError) -> E? where E.RawValue == String {
    guard let text, !text.isEmpty else { return nil }
    guard let value = E(rawValue: text.lowercased()) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw FieldError(field: field, message: "'\(text)' is unknown; use \(allowed)")
    }
    return value
  }
}
