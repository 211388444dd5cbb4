import TOMLKit

/// The references the content cites, read from `sources.toml` alone: what the screens need to
/// name a source (its short name and level) without reading the whole cause catalogue, which the
/// calendar's first frame would otherwise parse just to label a red flag.
public struct SourceCatalog: Sendable {
  public let sources: [Source]

  /// The sources the binary carries.
  public static let builtIn: SourceCatalog = {
    do {
      return try SourceCatalog(sourcesTOML: EmbeddedKnowledge.files["sources"] ?? "")
    } catch {
      fatalError("The built-in sources are invalid: \(error)")
    }
  }()

  /// Reads and checks every `[[sources]]` table.
  public init(sourcesTOML: String) throws(TOMLFileError) {
    let doc = try TOMLSource(text: sourcesTOML, file: "sources.toml")
    var sources: [Source] = []
    for (index, table) in (doc.root["sources"]?.array ?? []).enumerated() {
      guard let t = table.table else { continue }
      sources.append(try Self.source(t, doc: doc, index: index))
    }
    self.sources = sources
  }

  /// Keys a `[[sources]]` table may have; `authors` and `link` may be left out.
  static let sourceKeys = ["id", "short", "title", "authors", "publisher", "year", "link", "level"]

  /// One source, checked: every shown field is a real reference, never a file path or an internal id.
  private static func source(_ t: TOMLTable, doc: TOMLSource, index: Int) throws(TOMLFileError) -> Source {
    for key in t.keys where !sourceKeys.contains(key) {
      throw doc.error("unknown key '\(key)' in a source", key: key, table: "sources", occurrence: index)
    }
    let f = try CauseCatalog.strings(
      t, ["id", "short", "title", "publisher", "year", "level"], doc: doc, table: "sources", index: index)
    guard let level = EvidenceLevel(rawValue: f[5]) else {
      throw doc.error(
        "level must be guideline, study or popular", key: "level", table: "sources", occurrence: index)
    }
    let source = Source(
      id: f[0], short: f[1], title: f[2], authors: t["authors"]?.string ?? "", publisher: f[3], year: f[4],
      link: t["link"]?.string ?? "", level: level)
    if let problem = SourceCheck.problem(in: source) {
      throw doc.error("source '\(f[0])': \(problem)", key: "id", table: "sources", occurrence: index)
    }
    return source
  }

  /// A source by id.
  public func source(id: String) -> Source? { sources.first { $0.id == id } }

  /// What a person sees for a list of cited ids: each source's short name, joined with "; ".
  /// A text not known here (a user routine's own note) is shown as written.
  public func shortNames(_ ids: [String]) -> String {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }.map { source(id: $0)?.short ?? $0 }
      .joined(separator: "; ")
  }
}
