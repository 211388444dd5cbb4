import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs log KIND`: records an episode.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "Record an episode.",
    discussion: """
      Examples:
        quietlegs log cramp --severity 7 --side left --site calf --duration 2m --woke
        quietlegs log rls --at 23:40 --helped walk,stretch
      """)

  @Argument(help: ArgumentHelp("cramp, rls or twitch.", valueName: "kind"), completion: Completions.kinds)
  var kind: String

  @OptionGroup var fields: EpisodeOptions
  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let now = context.now
    var draft = EpisodeDraft(kind: try parseKind(kind), start: now)
    let timeNote = try fields.apply(
      to: &draft, now: now, nights: context.nights, clock: context.settings.clock)
    if let problem = EpisodeRules.validate(draft, now: now) { throw CLIError(problem) }
    let journal = try context.openJournalForPlacing()
    let episode = try cliCall { try journal.add(draft, nights: context.nights, now: now) }
    print(
      "Saved episode \(episode.id ?? 0): \(EpisodeText.summary(episode, nights: context.nights, clock: context.settings.clock))"
    )
    if let timeNote { print("Note: \(timeNote).") }
  }
}
