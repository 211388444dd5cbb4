import ArgumentParser
import QuietLegsCore

/// `quietlegs delete ID`: removes an episode.
struct DeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Delete an episode.")

  @Argument(help: ArgumentHelp("The episode's id (see `quietlegs list`).", valueName: "id"))
  var id: Int64

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let old = try cliCall { try journal.delete(id: id) }
    print(
      "Deleted episode \(id): \(EpisodeText.summary(old, nights: context.nights, clock: context.settings.clock))"
    )
  }
}
