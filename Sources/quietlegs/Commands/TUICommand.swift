import ArgumentParser
import Foundation
import QuietLegsCore
import QuietLegsCurses
import QuietLegsTUI

/// Opens the full-screen program.
struct TUICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui", abstract: "Open the full-screen program (the default).")

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "Pane to start in: \(PaneID.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "pane"))
  var pane: String?

  @OptionGroup var look: LookOptions

  func validate() throws {
    if let pane, PaneID(rawValue: pane) == nil {
      throw ValidationError(
        "Unknown pane '\(pane)'. Choose one of: \(PaneID.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
  }

  func run() throws {
    try FullScreen.run(
      global: global, look: look, focused: pane.flatMap(PaneID.init(rawValue:)), autostartRoutine: nil)
  }
}

/// Options about how the full-screen program looks and sounds.
struct LookOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Theme to use (overrides `theme` in config.toml); see `quietlegs themes`.", valueName: "name"))
  var theme: String?

  @Flag(help: "No terminal bell during routines (same as `bell = false` in config.toml).")
  var quiet = false
}

/// The composition root of the full-screen program: settings, journal, catalogues, panes, terminal.
enum FullScreen {
  static func run(global: GlobalOptions, look: LookOptions, focused: PaneID?, autostartRoutine: String?)
    throws
  {
    let paths = global.paths
    let environment = ProcessInfo.processInfo.environment
    var problems: [String] = []
    var settings = Settings()
    do {
      settings = try Settings.load(from: paths.configFile)
    } catch {
      problems.append("Settings not read: \(error)")
    }
    let loaded = ThemeLoader(userThemesDirectory: paths.userThemesDirectory).load(
      named: look.theme ?? settings.theme)
    if let problem = loaded.problem { problems.append(problem) }
    let clock = CommandContext.clock(environment: environment)
    let journal: Journal
    do {
      journal = try Journal(paths: paths, clock: clock)
    } catch {
      throw CLIError(error.description)
    }
    // Routines are read when first needed (the Routines pane, or a routine started at once),
    // so start-up does not parse them; `quietlegs routines` lists file errors.
    var preloaded: RoutineLibrary?
    if let autostartRoutine {
      let routines = RoutineLibrary.load(paths: paths)
      preloaded = routines
      if let first = routines.errors.first {
        problems.append(
          "Routine file skipped: \(first)"
            + (routines.errors.count > 1 ? " (+\(routines.errors.count - 1) more)" : ""))
      }
      guard routines.routine(id: autostartRoutine) != nil else {
        throw CLIError(
          "routine: '\(autostartRoutine)' is unknown; use one of \(routines.routines.map(\.id).joined(separator: ", "))"
        )
      }
    }
    let services = AppServices(
      journal: journal, nights: NightCalendar(timeZone: .current, boundaryHour: settings.nightBoundaryHour),
      settings: settings, routines: preloaded ?? RoutineLibrary.load(paths: paths),
      bell: settings.bell && !look.quiet, clock: clock)
    var model = AppModel(
      panes: [
        CalendarPane(services: services), CausesPane(services: services),
        RoutinesPane(services: services, autostart: autostartRoutine), InsightsPane(services: services),
      ],
      focused: autostartRoutine != nil ? .routines : focused, clock: clock)
    if !problems.isEmpty {
      model.showStatus(StatusMessage(problems.joined(separator: " "), kind: .error))
    }
    let reason: ExitReason
    do {
      reason = try CursesRunner.run(&model, theme: loaded.theme, watchedFolder: paths.dataDirectory.path)
    } catch {
      throw CLIError(error.description)
    }
    if reason != .quit { throw ExitCode(reason.exitCode) }
  }
}

/// `quietlegs routine ID`: opens the program straight on a routine's run screen.
struct RoutineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "routine", abstract: "Open the full-screen program and start a routine at once.")

  @Argument(help: ArgumentHelp("The routine's id (see `quietlegs routines`).", valueName: "id"))
  var id: String

  @OptionGroup var global: GlobalOptions
  @OptionGroup var look: LookOptions

  func run() throws {
    try FullScreen.run(global: global, look: look, focused: .routines, autostartRoutine: id)
  }
}
