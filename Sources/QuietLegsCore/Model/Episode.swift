import Foundation

/// One night-time leg episode as kept in the journal.
public struct Episode: Sendable, Equatable, Identifiable {
  /// Row id in the journal; nil until saved.
  public var id: Int64?
  /// Stable identity across export and import.
  public var uuid: String
  public var kind: EpisodeKind
  /// When it started (whole seconds).
  public var start: Date
  /// The UTC offset in force where it was logged, in seconds.
  public var utcOffsetSeconds: Int
  /// The night it belongs to.
  public var night: CivilDate
  /// 1 (barely noticed) to 10 (worst imaginable).
  public var severity: Int
  public var side: Side?
  public var site: Site?
  /// How long it lasted, if known.
  public var durationSeconds: Int?
  /// Whether it woke the person up.
  public var woke: Bool
  /// What helped, as short lowercase words (stretch, walk, massage, heat, ...).
  public var helped: [String]
  /// Free text.
  public var note: String

  public init(
    id: Int64? = nil, uuid: String = UUID().uuidString.lowercased(), kind: EpisodeKind,
    start: Date, utcOffsetSeconds: Int, night: CivilDate, severity: Int, side: Side? = nil,
    site: Site? = nil, durationSeconds: Int? = nil, woke: Bool = false, helped: [String] = [],
    note: String = ""
  ) {
    self.id = id
    self.uuid = uuid
    self.kind = kind
    self.start = start
    self.utcOffsetSeconds = utcOffsetSeconds
    self.night = night
    self.severity = severity
    self.side = side
    self.site = site
    self.durationSeconds = durationSeconds
    self.woke = woke
    self.helped = helped
    self.note = note
  }
}

/// The fields a person chooses when logging or editing an episode, before validation.
public struct EpisodeDraft: Sendable, Equatable {
  public var kind: EpisodeKind
  public var start: Date
  public var severity: Int
  public var side: Side?
  public var site: Site?
  public var durationSeconds: Int?
  public var woke: Bool
  public var helped: [String]
  public var note: String

  public init(
    kind: EpisodeKind, start: Date, severity: Int = 5, side: Side? = nil, site: Site? = nil,
    durationSeconds: Int? = nil, woke: Bool = false, helped: [String] = [], note: String = ""
  ) {
    self.kind = kind
    self.start = start
    self.severity = severity
    self.side = side
    self.site = site
    self.durationSeconds = durationSeconds
    self.woke = woke
    self.helped = helped
    self.note = note
  }

  /// The draft of an existing episode, for editing.
  public init(_ episode: Episode) {
    self.init(
      kind: episode.kind, start: episode.start, severity: episode.severity, side: episode.side,
      site: episode.site, durationSeconds: episode.durationSeconds, woke: episode.woke,
      helped: episode.helped, note: episode.note)
  }
}
