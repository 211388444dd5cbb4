import Foundation

/// Which episodes `quietlegs list` shows: a kind, a lowest severity and a text to find in the
/// note, what helped or the site (ignoring case and accents, so `crampe` finds `Crampé`).
public struct EpisodeFilter: Sendable, Equatable {
  public var kind: EpisodeKind?
  public var minSeverity: Int?
  public var search: String?

  public init(kind: EpisodeKind? = nil, minSeverity: Int? = nil, search: String? = nil) {
    self.kind = kind
    self.minSeverity = minSeverity
    self.search = search
  }

  /// True when `episode` passes every filter that is set.
  public func matches(_ episode: Episode) -> Bool {
    if let kind, episode.kind != kind { return false }
    if let minSeverity, episode.severity < minSeverity { return false }
    if let search {
      let needle = search.trimmingCharacters(in: .whitespaces)
      guard !needle.isEmpty else { return true }
      let haystacks = [episode.note, episode.site?.rawValue ?? ""] + episode.helped
      return haystacks.contains { Self.contains($0, needle) }
    }
    return true
  }

  /// `text` holds `needle`, ignoring case, accents and the width of characters.
  static func contains(_ text: String, _ needle: String) -> Bool {
    text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]) != nil
  }
}
