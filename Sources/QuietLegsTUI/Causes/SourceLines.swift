import QuietLegsCore

/// A "Sources" block: each source id with its title from the catalogue.
enum SourceLines {
  static func lines(for ids: [String], catalog: CauseCatalog, width: Int, heading: String = "Sources")
    -> [StyledLine]
  {
    var lines = [StyledLine(text: heading, role: .accent)]
    for id in ids {
      let title = catalog.source(id: id)?.title ?? "not in the source list"
      lines += StyledLine.wrapped("\(id): \(title)", width: width, role: .muted, indent: 2)
    }
    return lines
  }

  /// The ids in order, each only the first time it appears.
  static func firstOccurrences(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
