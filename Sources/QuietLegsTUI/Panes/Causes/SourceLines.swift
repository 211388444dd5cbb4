import QuietLegsCore

/// A "Sources" block: each cited source by its short name and level of evidence, never its id.
enum SourceLines {
  static func lines(for ids: [String], catalog: CauseCatalog, width: Int, heading: String = "Sources")
    -> [StyledLine]
  {
    var lines = [StyledLine(text: heading, role: .accent)]
    for source in catalog.sources(for: ids) {
      lines += StyledLine.wrapped(source.label, width: width, role: .muted, indent: 2)
    }
    return lines
  }

  /// The ids in order, each only the first time it appears.
  static func firstOccurrences(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
