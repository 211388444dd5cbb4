import TOMLKit

/// The catalogue of causes, their groups and the sources they cite, read from TOML.
public struct CauseCatalog: Sendable {
  public let groups: [CauseGroup]
  public let causes: [Cause]
  public let sources: [Source]

  /// The catalogue the binary carries.
  public static let builtIn: CauseCatalog = {
    do {
      return try CauseCatalog(
        causesTOML: EmbeddedKnowledge.files["causes"] ?? "",
        sourcesTOML: EmbeddedKnowledge.files["sources"] ?? "")
    } catch {
      fatalError("The built-in cause catalog is invalid: \(error)")
    }
  }()

  /// Reads and validates the catalogue: unique ids, every field present, every source known.
  public init(causesTOML: String, sourcesTOML: String) throws(TOMLFileError) {
    let sources = try SourceCatalog(sourcesTOML: sourcesTOML).sources
    let doc = try TOMLSource(text: causesTOML, file: "causes.toml")
    var groups: [CauseGroup] = []
    for (index, table) in (doc.root["groups"]?.array ?? []).enumerated() {
      guard let t = table.table else { continue }
      let fields = try Self.strings(t, ["id", "title"], doc: doc, table: "groups", index: index)
      groups.append(CauseGroup(id: fields[0], title: fields[1]))
    }
    let knownSources = Set(sources.map(\.id))
    let knownGroups = Set(groups.map(\.id))
    var causes: [Cause] = []
    var seen: Set<String> = []
    let keys = ["id", "group", "title", "condition", "why", "check", "action", "doctor"]
    for (index, table) in (doc.root["causes"]?.array ?? []).enumerated() {
      guard let t = table.table else { continue }
      for key in t.keys where !(keys + ["sources", "keywords"]).contains(key) {
        throw doc.error("unknown key '\(key)' in a cause", key: key, table: "causes", occurrence: index)
      }
      let f = try Self.strings(t, keys, doc: doc, table: "causes", index: index)
      guard Identifier.isValid(f[0]), seen.insert(f[0]).inserted else {
        throw doc.error(
          "cause id '\(f[0])' is invalid or repeated", key: "id", table: "causes", occurrence: index)
      }
      guard knownGroups.contains(f[1]) else {
        throw doc.error(
          "cause '\(f[0])' names unknown group '\(f[1])'", key: "group", table: "causes", occurrence: index)
      }
      guard let condition = Condition(rawValue: f[3]) else {
        throw doc.error(
          "condition must be cramps, rls or both", key: "condition", table: "causes", occurrence: index)
      }
      let citeList = (t["sources"]?.array ?? []).compactMap(\.string)
      guard !citeList.isEmpty, citeList.allSatisfy(knownSources.contains) else {
        throw doc.error(
          "cause '\(f[0])' needs at least one source, each one of: \(knownSources.sorted().joined(separator: ", "))",
          key: "sources", table: "causes", occurrence: index)
      }
      causes.append(
        Cause(
          id: f[0], group: f[1], title: f[2], condition: condition, why: f[4], check: f[5],
          action: f[6], doctor: f[7], sources: citeList,
          keywords: (t["keywords"]?.array ?? []).compactMap(\.string)))
    }
    self.groups = groups
    self.causes = causes
    self.sources = sources
  }

  static func strings(
    _ table: TOMLTable, _ keys: [String], doc: TOMLSource, table name: String, index: Int
  ) throws(TOMLFileError) -> [String] {
    var out: [String] = []
    for key in keys {
      guard let value = table[key]?.string, !value.isEmpty else {
        throw doc.error("missing or empty '\(key)'", key: key, table: name, occurrence: index)
      }
      out.append(value)
    }
    return out
  }

  /// A cause by id.
  public func cause(id: String) -> Cause? { causes.first { $0.id == id } }

  /// A source by id.
  public func source(id: String) -> Source? { sources.first { $0.id == id } }

  /// The sources behind these ids, in order, each once; ids not in the catalogue are left out.
  public func sources(for ids: [String]) -> [Source] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }.compactMap(source(id:))
  }

  /// What a person sees for a list of cited ids: each source's short name, joined with "; ".
  /// A text the catalogue does not know (a user routine's own note) is shown as written.
  public func shortNames(_ ids: [String]) -> String {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }.map { source(id: $0)?.short ?? $0 }
      .joined(separator: "; ")
  }

  /// Causes whose id, title, texts, condition or keywords match every word of `query` (case-insensitive).
  public func matching(_ query: String) -> [Cause] {
    let words = query.lowercased().split(separator: " ").map(String.init)
    guard !words.isEmpty else { return causes }
    return causes.filter { cause in
      let haystack =
        ([cause.id, cause.title, cause.why, cause.check, cause.action, cause.condition.label]
        + cause.keywords).joined(separator: " ").lowercased()
      return words.allSatisfy { haystack.contains($0) }
    }
  }

  /// Ids close to a mistyped one (shared prefix or small edit distance), best first.
  public func suggestions(for id: String, limit: Int = 3) -> [String] {
    let target = id.lowercased()
    let threshold = max(3, target.count / 3)
    var scored: [(id: String, score: Int)] = []
    for candidate in causes.map(\.id) {
      let overlaps = candidate.contains(target) || target.contains(candidate)
      let score = overlaps ? 0 : EditDistance.between(candidate, target)
      if score <= threshold { scored.append((candidate, score)) }
    }
    scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
    return scored.prefix(limit).map(\.id)
  }
}

/// Levenshtein distance, for "did you mean" suggestions.
public enum EditDistance {
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
