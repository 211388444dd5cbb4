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

/// How much weight a source carries (docs/CONTENT.md).
public enum EvidenceLevel: String, Sendable, CaseIterable, Codable {
  case guideline, study, popular

  /// The level in words, as every list of sources shows it.
  public var label: String {
    switch self {
    case .guideline: "guideline or systematic review"
    case .study: "study or review article"
    case .popular: "popular article"
    }
  }
}

/// A reference a person or their doctor can look up: who, what, where, when, and its weight.
/// `id` is internal (causes, routines and flags cite by it) and is never shown.
public struct Source: Sendable, Equatable, Identifiable {
  public let id: String
  /// A short name for lists, e.g. "AAFP 2012" or "NHS: Leg cramps".
  public let short: String
  /// The title of the article or page, as it is published.
  public let title: String
  /// Authors, or the organisation; empty when none is named.
  public let authors: String
  /// Journal with volume and pages, or the publisher or website.
  public let publisher: String
  /// The year, "undated", or when a web page was read.
  public let year: String
  /// DOI, PMID or web address; empty when none exists.
  public let link: String
  public let level: EvidenceLevel

  public init(
    id: String, short: String, title: String, authors: String = "", publisher: String, year: String,
    link: String = "", level: EvidenceLevel
  ) {
    self.id = id
    self.short = short
    self.title = title
    self.authors = authors
    self.publisher = publisher
    self.year = year
    self.link = link
    self.level = level
  }

  /// The short name with its level, e.g. "AAFP 2012 (guideline or systematic review)"; a popular
  /// article's short name already says what it is, so it adds "undated".
  public var label: String { level == .popular ? "\(short), undated" : "\(short) (\(level.label))" }

  /// The full reference: authors, title, publisher, year, DOI/PMID/address and level.
  public var reference: String {
    var parts: [String] = []
    if !authors.isEmpty { parts.append(authors) }
    parts.append(title)
    parts.append("\(publisher), \(year)")
    let text = parts.map { $0.hasSuffix(".") || $0.hasSuffix("?") || $0.hasSuffix("!") ? $0 : $0 + "." }
      .joined(separator: " ")
    // A web address keeps no full stop after it, so it can be copied whole.
    return text + (link.isEmpty ? "" : " " + link) + " (\(level.label))"
  }
}
