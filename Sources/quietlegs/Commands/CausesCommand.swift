import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs causes`: the cause catalogue, with what the user ticked.
struct CausesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "causes", abstract: "List causes of night cramps and restless legs, with your ticks.",
    discussion: "QuietLegs informs; it does not diagnose. Each cause names its sources.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

  @Flag(help: "Only the causes you ticked.")
  var mine = false

  @Option(help: "table or json.")
  var format: Format = .table

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let catalog = CauseCatalog.builtIn
    let ticks = try cliCall { try journal.checklist() }
    let causes = catalog.causes.filter { !mine || ticks[$0.id]?.ticked == true }
    switch format {
    case .json:
      let items: [[String: Any]] = causes.map { c in
        var item: [String: Any] = [
          "id": c.id, "group": c.group, "title": c.title, "condition": c.condition.rawValue, "why": c.why,
          "check": c.check, "action": c.action, "doctor": c.doctor,
          "sources": catalog.sources(for: c.sources).map(SourcesCommand.json),
          "ticked": ticks[c.id]?.ticked ?? false,
        ]
        if let entry = ticks[c.id] {
          item["tickedOn"] = entry.tickedOn?.description
          item["note"] = entry.note
        }
        return item
      }
      let data = try JSONSerialization.data(
        withJSONObject: ["causes": items], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      print(String(decoding: data, as: UTF8.self))
    case .table:
      if causes.isEmpty {
        print(mine ? "You have not ticked any causes yet. Tick one with `quietlegs check ID`." : "No causes.")
        return
      }
      for group in catalog.groups {
        let members = causes.filter { $0.group == group.id }
        guard !members.isEmpty else { continue }
        print(group.title)
        for c in members {
          let entry = ticks[c.id]
          let box = entry?.ticked == true ? "[x]" : "[ ]"
          var line =
            "  \(box) \(c.id.padding(toLength: 30, withPad: " ", startingAt: 0)) \(c.title) (\(c.condition.label))"
          if let on = entry?.tickedOn { line += " · ticked \(on)" }
          print(line)
          if let note = entry?.note, !note.isEmpty {
            print("        note: \(PlainText.oneLine(note, limit: 70))")
          }
        }
      }
      print(
        "\nQuietLegs informs; it does not diagnose. `quietlegs causes --format json` gives every text and source; `quietlegs sources` lists the sources."
      )
    }
  }
}

/// Finds a cause by id or explains which ids are close.
func requireCause(_ id: String) throws -> Cause {
  let catalog = CauseCatalog.builtIn
  if let cause = catalog.cause(id: id.lowercased()) { return cause }
  let close = catalog.suggestions(for: id)
  let hint =
    close.isEmpty ? "`quietlegs causes` lists the ids" : "did you mean \(close.joined(separator: ", "))?"
  throw CLIError("cause: '\(id)' is unknown; \(hint)")
}
