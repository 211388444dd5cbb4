import ArgumentParser
import Foundation
import QuietLegsCore
import QuietLegsCurses
import QuietLegsTUI

/// The composition root of the full-screen program: settings, journal, catalogues, panes, terminal.
enum FullScreen {
  /// What the command line chose; a bare `quietlegs` takes the defaults without the parser.
  struct Options {
    /// The process environment, read once: each read copies it into a new dictionary.
    var environment = ProcessInfo.processInfo.environment
    var paths: AppPaths
    var theme: String?
    var quiet = false
    var focused: PaneID?
    /// A routine to start at once; its pane is then shown whatever `focused` says.
    var autostartRoutine: String?
    /// `routine ID --on-done CMD`: run when a routine ends, instead of `on_routine_done`.
    var onDone: String?

    /// The defaults of a bare `quietlegs`: folders from the environment.
    init() {
      paths = AppPaths.resolve(dataDirOption: nil, environment: environment)
    }

    init(paths: AppPaths, theme: String?, quiet: Bool, focused: PaneID?, autostartRoutine: String?) {
      self.paths = paths
      self.theme = theme
      self.quiet = quiet
      self.focused = focused
      self.autostartRoutine = autostartRoutine
    }
  }

  static func run(_ options: Options) throws {
    let paths = options.paths
    let autostartRoutine = options.autostartRoutine
    let environment = options.environment
    var problems: [String] = []
    let settingsFile = Settings.loadKeepingValid(from: paths.configFile)
    // Every key saves on a night: without the boundary the person set, nothing may be saved.
    if let refusal = settingsFile.boundaryRefusal { throw CLIError(refusal) }
    let settings = settingsFile.settings
    if let first = settingsFile.problems.first {
      problems.append(
        "Settings not read: \(first) (skipped; the other settings are used)"
          + (settingsFile.problems.count > 1 ? " (+\(settingsFile.problems.count - 1) more)" : ""))
    }
    let loaded = ThemeLoader(userThemesDirectory: paths.userThemesDirectory).load(
      named: options.theme ?? settings.theme)
    if let problem = loaded.problem { problems.append(problem) }
    let clock = CommandContext.clock(environment: environment)
    let journal = try cliCall { try Journal(paths: paths, clock: clock) }
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
        // The routine's own file may be the one that failed: say why, not just "unknown".
        if let own = routines.errors.first(where: {
          URL(fileURLWithPath: $0.file).deletingPathExtension().lastPathComponent == autostartRoutine
        }) {
          throw CLIError("routine: '\(autostartRoutine)' was not loaded: \(own)")
        }
        throw CLIError(
          "routine: '\(autostartRoutine)' is unknown; use one of \(routines.routines.map(\.id).joined(separator: ", "))"
        )
      }
    }
    let onDone = try cliCall {
      try options.onDone.map { text throws(FieldError) in try CommandWords.split(text, field: "--on-done") }
    }
    let sound = options.quiet ? .none : settings.hooks.sound(bell: settings.bell)
    var services = AppServices(
      journal: journal, nights: NightCalendar(timeZone: .current, boundaryHour: settings.nightBoundaryHour),
      settings: settings, routines: preloaded ?? RoutineLibrary.load(paths: paths),
      bell: sound == .bell, clock: clock)
    services.signals = RoutineSignals(
      sound: sound, soft: loaded.theme.name == "night", onDone: onDone ?? settings.hooks.onRoutineDone,
      environment: environment, runner: BackgroundCommands())
    services.reminders = ReminderFeed(
      reminders: ReminderHost(environment: environment, timeLimit: .seconds(2)).installedReminders(),
      takePending: { PendingReminder.take(from: paths.dataDirectory, now: clock.now) })
    var model = AppModel(
      panes: [
        CalendarPane(services: services), CausesPane(services: services),
        RoutinesPane(services: services, autostart: autostartRoutine), InsightsPane(services: services),
      ],
      focused: autostartRoutine != nil ? .routines : options.focused, clock: clock)
    if !problems.isEmpty {
      model.showStatus(StatusMessage(problems.joined(separator: " "), kind: .error))
    }
    let reason: ExitReason
    do {
      reason = try CursesRunner.run(
        &model, theme: loaded.theme, watchedFolder: paths.dataDirectory.path, environment: environment,
        mouse: settings.mouse)
    } catch {
      throw CLIError(error.description)
    }
    if reason != .quit { throw ExitCode(reason.exitCode) }
  }
}
