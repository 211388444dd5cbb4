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
    version: QuietLegsVersion.string + "\nLicence: MIT (the LICENSE file). Not medical advice.",
    subcommands: [
      TUICommand.self, LogCommand.self, ListCommand.self, EditCommand.self, DeleteCommand.self,
      CalendarCommand.self, ExportCommand.self, ImportCommand.self, CausesCommand.self,
      SourcesCommand.self, CheckCommand.self, UncheckCommand.self, LabCommand.self, FactorsCommand.self,
      ReportCommand.self, MedCommand.self,
      BackupCommand.self, RestoreCommand.self, ThemesCommand.self, RoutinesCommand.self,
      RoutineCommand.self, RemindCommand.self, NotifyCommand.self, DoctorCommand.self,
    ],
    defaultSubcommand: TUICommand.self
  )

  /// Runs the command; our own errors become one line on standard error and their exit status
  /// (`ExitStatus`: 1 refused input, 64 usage, 66 journal cannot be opened, 74 I/O failure).
  static func main() {
    do {
      let arguments = Array(CommandLine.arguments.dropFirst())
      // A bare `quietlegs`, the way the screen is opened every evening, skips the argument
      // parser: building its tree of commands was a quarter of start-up (docs/PERFORMANCE.md).
      guard !arguments.isEmpty else { return try FullScreen.run(FullScreen.Options()) }
      let commands = configuration.subcommands.map { $0._commandName }
      // Read from the command tree, so a new subcommand needs no second list here.
      let nested = Dictionary(
        uniqueKeysWithValues: configuration.subcommands.compactMap { command in
          let inner = command.configuration.subcommands
          return inner.isEmpty ? nil : (command._commandName, Set(inner.map { $0._commandName }))
        })
      switch ArgumentShape.shape(arguments, commands: commands, nested: nested) {
      case .parse(let shaped):
        var command = try parseAsRoot(shaped)
        try command.run()
      case .unknownCommand(let word, let suggestion):
        let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        Console.error(
          "unknown command '\(word)'.\(hint) Commands: \(commands.joined(separator: ", ")); "
            + "'quietlegs --help' explains each.")
        Foundation.exit(ExitStatus.usage.rawValue)
      }
    } catch let error as CLIError {
      Console.error(error.description)
      Foundation.exit(error.status.rawValue)
    } catch let error as JournalError {
      Console.error(error.description)
      Foundation.exit(error.exitStatus.rawValue)
    } catch  where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
      // Usage errors, --help and --version: the parser prints them and picks the status.
      exit(withError: error)
    } catch {
      // Anything else came from a library (Foundation's text reads "NSCocoaErrorDomain error 512"):
      // say what kind of failure it was, never the library's words.
      Console.error(
        "an unexpected internal error (\(type(of: error))) stopped the command; nothing more was saved."
          + " Please report it with the command you ran")
      Foundation.exit(ExitStatus.internalError.rawValue)
    }
  }
}
