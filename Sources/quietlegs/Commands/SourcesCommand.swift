import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs sources`: every reference QuietLegs cites, with its level of evidence and what cites it.
struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List every source QuietLegs cites, with its level of evidence and what cites it.",
    discussion: """
      Levels: guideline or systematic review (weighs most), study or review article, popular article
      (undated web articles with no author; what only they support is marked as such).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

  @Option(help: "table or json.")
  var format: Format = .table

  func run() throws {
    let entries = SourceCitations.entries()
    switch format {
    case .json:
      let items: [[String: Any]] = entries.map { entry in
        var item = Self.json(entry.source)
        item["citedBy"] = entry.citedBy
        return item
      }
      let data = try JSONSerialization.data(
        withJSONObject: ["sources": items], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      print(String(decoding: data, as: UTF8.self))
    case .table:
      for level in EvidenceLevel.allCases {
        let members = entries.filter { $0.source.level == level }
        guard !members.isEmpty else { continue }
        print(level.label.prefix(1).uppercased() + level.label.dropFirst())
        for entry in members {
          print("  \(entry.source.short)")
          print("    \(entry.source.reference)")
          print("    cited by \(entry.citedBy.count): \(Self.summary(entry.citedBy))")
        }
        print("")
      }
      print("`quietlegs sources --format json` lists every item that cites each source.")
    }
  }

  /// A source as a JSON object: the reference in parts and whole, and its level. No internal id.
  static func json(_ source: Source) -> [String: Any] {
    [
      "name": source.short, "title": source.title, "authors": source.authors, "publisher": source.publisher,
      "year": source.year, "link": source.link, "level": source.level.rawValue,
      "levelLabel": source.level.label, "reference": source.reference,
    ]
  }

  /// The first few things that cite a source, then how many more.
  private static func summary(_ citedBy: [String]) -> String {
    let shown = citedBy.prefix(3).map { PlainText.oneLine($0, limit: 60) }
    let more = citedBy.count > 3 ? "; and \(citedBy.count - 3) more" : ""
    return shown.joined(separator: "; ") + more
  }
}
