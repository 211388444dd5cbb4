import Foundation
import QuietLegsCore

/// Everything a command needs from the outside world, gathered in one place: folders,
/// settings, the clock, the night rules and the journal.
struct CommandContext {
  let paths: AppPaths
  let settings: Settings
  let clock: Clock
  let nights: NightCalendar
  /// Problems with settings files that did not stop the command.
  let warnings: [String]
  /// Why episodes cannot be placed on nights (the night boundary in config.toml is unreadable).
  let boundaryRefusal: String?

  init(global: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
    paths = global.paths
    let file = Settings.loadKeepingValid(from: paths.configFile)
    settings = file.settings
    boundaryRefusal = file.boundaryRefusal
    let warnings = file.problems.map { "\($0.description) (skipped; the other settings are used)" }
    clock = CommandContext.clock(environment: environment)
    nights = NightCalendar(timeZone: .current, boundaryHour: settings.nightBoundaryHour)
    self.warnings = warnings
    for warning in warnings { Console.warn(warning) }
  }

  /// The real clock, or a fixed one from `QUIETLEGS_NOW` (ISO 8601) for tests and demos.
  static func clock(environment: [String: String]) -> Clock {
    if let text = environment["QUIETLEGS_NOW"], let (date, _) = Timestamp.parse(text) {
      return .fixed(date)
    }
    return .system
  }

  var now: Date { clock.now }

  /// Opens the journal to write something placed on a night; refused while the night boundary
  /// the person set cannot be read, so nothing lands on a night chosen by the default.
  func openJournalForPlacing() throws -> Journal {
    if let boundaryRefusal { throw CLIError("\(boundaryRefusal); nothing was saved") }
    return try openJournal()
  }

  /// Opens the journal, turning failures into one-line messages.
  func openJournal() throws -> Journal {
    try cliCall { try Journal(paths: paths, clock: clock) }
  }
}
