import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs edit ID`: changes fields of an episode.
struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: "Change fields of an episode (only the options given).")

  @Argument(help: ArgumentHelp("The episode's id (see `quietlegs list`).", valueName: "id"))
  var id: Int64

  @Option(help: ArgumentHelp("cramp, rls or twitch.", valueName: "kind"))
  var kind: String?

  @OptionGroup var fields: EpisodeOptions
  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    do {
      guard let existing = try journal.episode(id: id) else { throw JournalError.notFound(id: id) }
      var draft = EpisodeDraft(existing)
      if let kind { draft.kind = try parseKind(kind) }
      try fields.apply(to: &draft, now: context.now, nights: context.nights)
      let (_, new) = try journal.update(id: id, with: draft, nights: context.nights, now: context.now)
      print("Updated episode \(id): \(EpisodeText.summary(new, nights: context.nights))")
    } catch let error as JournalError {
      throw CLIError(error.description)
    }
  }
}
