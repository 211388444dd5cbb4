import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs edit ID`: changes fields of an episode.
struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: "Change fields of an episode (only the options given).",
    discussion: """
      --at HH:MM changes the time within the episode's own night, as the full-screen edit form \
      does: a night runs from the boundary hour (noon by default) to the same hour the next day, \
      so 02:30 falls on the morning after the night's date and 23:00 on the night's date. \
      --at "YYYY-MM-DD HH:MM" or an ISO 8601 time moves the episode; --at now moves it to now.
      """)

  @Argument(help: ArgumentHelp("The episode's id (see `quietlegs list`).", valueName: "id"))
  var id: Int64

  @Option(help: ArgumentHelp("cramp, rls or twitch.", valueName: "kind"), completion: Completions.kinds)
  var kind: String?

  @OptionGroup var fields: EpisodeOptions
  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournalForPlacing()
    guard let existing = try cliCall({ try journal.episode(id: id) }) else {
      throw CLIError(JournalError.notFound(id: id))
    }
    var draft = EpisodeDraft(existing)
    if let kind { draft.kind = try parseKind(kind) }
    var timeNote: String?
    if let at = fields.at {
      let reading = try start(at, night: existing.night, context: context)
      draft.start = reading.date
      timeNote = reading.note
    }
    var others = fields
    others.at = nil
    try others.apply(to: &draft, now: context.now, nights: context.nights, clock: context.settings.clock)
    let (_, new) = try cliCall {
      try journal.update(id: id, with: draft, nights: context.nights, now: context.now)
    }
    print(
      "Updated episode \(id): \(EpisodeText.summary(new, nights: context.nights, clock: context.settings.clock))"
    )
    if let timeNote { print("Note: \(timeNote).") }
  }

  /// The new start: a bare time stays within the episode's night; a date and time moves it.
  private func start(_ text: String, night: CivilDate, context: CommandContext) throws -> WhenParser.Reading {
    try cliCall {
      try WhenParser.read(
        text, within: night, now: context.now, nights: context.nights, clock: context.settings.clock)
    }
  }
}
