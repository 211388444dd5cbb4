import ArgumentParser
import QuietLegsCore

/// `quietlegs check ID`: ticks a cause on the checklist.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Tick a cause that applies to you (optionally with a note).")

  @Argument(
    help: ArgumentHelp("The cause's id (see `quietlegs causes`).", valueName: "id"),
    completion: Completions.causes)
  var id: String

  @Option(help: ArgumentHelp("A note to keep with it.", valueName: "text"))
  var note: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let cause = try requireCause(id)
    if let note, let problem = ChecklistEntry.checkNote(note) { throw CLIError(problem) }
    let journal = try context.openJournal()
    let today = context.nights.localDate(of: context.now)
    let entry = try cliCall { try journal.setTicked(cause.id, true, on: today, note: note) }
    print("Ticked \(cause.id) (\(cause.title)) on \(entry.tickedOn?.description ?? today.description).")
  }
}

/// `quietlegs uncheck ID`: removes a tick (the note stays).
struct UncheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uncheck", abstract: "Remove the tick from a cause (its note is kept).")

  @Argument(help: ArgumentHelp("The cause's id.", valueName: "id"), completion: Completions.causes)
  var id: String

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let cause = try requireCause(id)
    let journal = try context.openJournal()
    _ = try cliCall { try journal.setTicked(cause.id, false, on: context.nights.localDate(of: context.now)) }
    print("Unticked \(cause.id) (\(cause.title)).")
  }
}
