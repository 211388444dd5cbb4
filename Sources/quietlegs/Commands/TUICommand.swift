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

  @Option(
    help: ArgumentHelp(
      "Theme to use (overrides `theme` in config.toml); see `quietlegs themes`.", valueName: "name"))
  var theme: String?

  func validate() throws {
    if let pane, PaneID(rawValue: pane) == nil {
      throw ValidationError(
        "Unknown pane '\(pane)'. Choose one of: \(PaneID.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
  }

  func run() throws {
    let paths = global.paths
    var problems: [String] = []
    var settings = Settings()
    do {
      settings = try Settings.load(from: paths.configFile)
    } catch {
      problems.append("Settings not read: \(error)")
    }
    let loaded = ThemeLoader(userThemesDirectory: paths.userThemesDirectory).load(named: theme ?? settings.theme)
    if let problem = loaded.problem { problems.append(problem) }

    var model = AppModel(
      panes: [CalendarPane(), CausesPane(), RoutinesPane()], focused: pane.flatMap(PaneID.init(rawValue:)),
      clock: CommandContext.clock(environment: ProcessInfo.processInfo.environment))
    if !problems.isEmpty {
      model.showStatus(StatusMessage(problems.joined(separator: " "), kind: .error))
    }
    let reason: ExitReason
    do {
      reason = try CursesRunner.run(&model, theme: loaded.theme)
    } catch {
      throw CLIError(error.description)
    }
    if reason != .quit { throw ExitCode(reason.exitCode) }
  }
}
