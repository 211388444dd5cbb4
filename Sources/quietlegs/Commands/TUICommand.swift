import ArgumentParser
import QuietLegsCore

/// Opens the full-screen program.
struct TUICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui", abstract: "Open the full-screen program (the default).")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    print(QuietLegsCommand.helpMessage())
  }
}
