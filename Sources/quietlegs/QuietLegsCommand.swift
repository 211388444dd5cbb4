import ArgumentParser
import Foundation
import QuietLegsCore

/// The `quietlegs` command: the full-screen program and its scriptable subcommands.
@main
struct QuietLegsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quietlegs",
    abstract: "A calm journal for night-time leg cramps and restless legs.",
    discussion: "QuietLegs informs and organises; it does not give medical advice.",
    version: QuietLegsVersion.string,
    subcommands: [TUICommand.self],
    defaultSubcommand: TUICommand.self
  )
}
