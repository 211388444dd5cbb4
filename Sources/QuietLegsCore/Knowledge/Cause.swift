/// Which condition a cause or factor relates to.
public enum Condition: String, Sendable, CaseIterable, Codable {
  case cramps, rls, both

  /// A short label for lists.
  public var label: String {
    switch self {
    case .cramps: "cramps"
    case .rls: "RLS"
    case .both: "cramps & RLS"
    }
  }
}

/// A cause of, or contributing factor to, night cramps or restless legs, with what to do.
public struct Cause: Sendable, Equatable, Identifiable {
  /// Stable id, used in ticks, exports and `quietlegs check ID`.
  public let id: String
  public let group: String
  public let title: String
  public let condition: Condition
  /// Why it matters, in two or three sentences.
  public let why: String
  /// How a person can check it.
  public let check: String
  /// What to do about it.
  public let action: String
  /// When to see a doctor.
  public let doctor: String
  /// Ids of the sources it is built on.
  public let sources: [String]
  /// Extra words the filter matches.
  public let keywords: [String]
}

/// A heading in the cause list.
public struct CauseGroup: Sendable, Equatable, Identifiable {
  public let id: String
  public let title: String
}

/// Where a fact comes from: a seed article or a published reference.
public struct Source: Sendable, Equatable, Identifiable {
  public let id: String
  public let title: String
  public let citation: String
}
