/// What kind of night-time leg episode happened.
public enum EpisodeKind: String, Sendable, CaseIterable, Codable, Comparable {
  case cramp, rls, twitch

  /// A short human label.
  public var label: String {
    switch self {
    case .cramp: "Cramp"
    case .rls: "Restless legs"
    case .twitch: "Twitch"
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// Which leg was affected.
public enum Side: String, Sendable, CaseIterable, Codable {
  case left, right, both
}

/// Where in the leg an episode was felt.
public enum Site: String, Sendable, CaseIterable, Codable {
  case calf, foot, toes, thigh, hamstring, shin, arm, trunk, other
}
