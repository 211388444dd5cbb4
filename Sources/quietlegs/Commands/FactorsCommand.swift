import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs factors ID...`: notes evening factors for a night.
struct FactorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factors", abstract: "Note evening factors for a night (or list them).",
    discussion: """
      Built-in factors: \(EveningFactor.builtIn.map(\.id).joined(separator: ", ")); add your own with
      `factors = [...]` in config.toml. A completed bedtime routine is recorded by itself.
      Examples:
        quietlegs factors caffeine-late alcohol
        quietlegs factors --night 2026-11-20 hard-exercise
        quietlegs factors --clear alcohol
      """)

  @Option(help: ArgumentHelp("The night (YYYY-MM-DD, default: the current night).", valueName: "date"))
  var night: String?

  @Flag(help: "Remove the given factors instead of adding them.")
  var clear = false

  @Argument(help: ArgumentHelp("Factor ids.", valueName: "id"), completion: Completions.factors)
  var ids: [String] = []

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let current = context.nights.night(of: context.now)
    var target = current
    if let night {
      guard let date = CivilDate(night) else {
        throw CLIError("night: '\(night)' is not a night in the form YYYY-MM-DD")
      }
      if let problem = RecordDate.problem(date, field: "night", latest: current) { throw CLIError(problem) }
      target = date
    }
    let known = EveningFactor.all(custom: context.settings.customFactors)
    let ids = self.ids.map { $0.lowercased() }
    if clear && ids.isEmpty {
      throw CLIError("factors: --clear needs the ids to remove, e.g. quietlegs factors --clear caffeine-late")
    }
    for id in ids where !known.contains(where: { $0.id == id }) {
      throw CLIError("factor: '\(id)' is unknown; use \(known.map(\.id).joined(separator: ", "))")
    }
    let journal = try ids.isEmpty ? context.openJournal() : context.openJournalForPlacing()
    if !ids.isEmpty {
      try cliCall {
        if clear {
          try journal.removeFactors(ids, night: target)
        } else {
          try journal.addFactors(ids, night: target)
        }
      }
    }
    let marked = Set(try cliCall { try journal.factors(from: target, through: target) }.map(\.factorId))
    let routine = try cliCall { try journal.routineNights(from: target, through: target) }.contains(target)
    print("Evening factors for the night of \(target):")
    for factor in known {
      print(
        "  [\(marked.contains(factor.id) ? "x" : " ")] \(factor.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(factor.label)"
      )
    }
    print(
      "  [\(routine ? "x" : " ")] \(EveningFactor.routineID.padding(toLength: 16, withPad: " ", startingAt: 0)) \(EveningFactor.routine.label) (recorded by itself)"
    )
  }
}
