import Foundation

/// A field of an episode a person can change: what an edit compares, merges and takes back one
/// field at a time (docs/DECISIONS.md, "Field-level merge of edits").
public enum EpisodeField: String, CaseIterable, Sendable, Equatable {
  case kind, start, severity, side, site, duration, woke, helped, note

  /// The name shown to the person.
  public var label: String {
    switch self {
    case .kind: "kind"
    case .start: "time"
    case .severity: "severity"
    case .side: "side"
    case .site: "site"
    case .duration: "duration"
    case .woke: "woke"
    case .helped: "helped"
    case .note: "note"
    }
  }

  /// Whether two episodes hold the same value in this field.
  public func same(_ a: Episode, _ b: Episode) -> Bool {
    switch self {
    case .kind: a.kind == b.kind
    case .start: a.start == b.start
    case .severity: a.severity == b.severity
    case .side: a.side == b.side
    case .site: a.site == b.site
    case .duration: a.durationSeconds == b.durationSeconds
    case .woke: a.woke == b.woke
    case .helped: a.helped == b.helped
    case .note: a.note == b.note
    }
  }

  /// Copies this field of `source` into `target` (the start carries its night and offset with it).
  public func copy(from source: Episode, into target: inout Episode) {
    switch self {
    case .kind: target.kind = source.kind
    case .start:
      target.start = source.start
      target.night = source.night
      target.utcOffsetSeconds = source.utcOffsetSeconds
    case .severity: target.severity = source.severity
    case .side: target.side = source.side
    case .site: target.site = source.site
    case .duration: target.durationSeconds = source.durationSeconds
    case .woke: target.woke = source.woke
    case .helped: target.helped = source.helped
    case .note: target.note = source.note
    }
  }

  /// The fields in which two episodes differ, in form order.
  public static func differences(_ a: Episode, _ b: Episode) -> [EpisodeField] {
    allCases.filter { !$0.same(a, b) }
  }
}

/// An edit that met a change made elsewhere (another terminal) to the same fields since the
/// form was opened: the fields both changed, and the episode as it is now.
public struct EditConflict: Sendable, Equatable {
  /// The fields this edit changed that were also changed elsewhere, to different values.
  public let fields: [EpisodeField]
  /// The episode as the journal holds it now.
  public let current: Episode

  public init(fields: [EpisodeField], current: Episode) {
    self.fields = fields
    self.current = current
  }

  /// `severity and note`.
  public var fieldList: String {
    let labels = fields.map(\.label)
    guard labels.count > 1 else { return labels.first ?? "" }
    return labels.dropLast().joined(separator: ", ") + " and " + labels.last!
  }
}

/// What an edit does with fields that were also changed elsewhere since the form opened.
public enum ConflictChoice: Sendable, Equatable {
  /// Save nothing and report the conflict (the default: nothing is overwritten unseen).
  case ask
  /// Write this edit's value over the other change the person was shown (`seen`, the row the
  /// conflict reported); a field changed yet again since is a new conflict.
  case keepMine(over: Episode)
  /// Keep the other change in those fields; this edit's other fields are still saved.
  case takeTheirs
}
