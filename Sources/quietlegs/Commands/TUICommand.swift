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
    help: ArgumentHelp("Pane to start in.", valueName: "pane"))
  var pane: PaneID?

  @OptionGroup var look: LookOptions

  func run() throws {
    try FullScreen.run(look.options(global, focused: pane))
  }
}

/// Options about how the full-screen program looks and sounds.
struct LookOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Theme to use (overrides `theme` in config.toml); see `quietlegs themes`.", valueName: "name"),
    completion: Completions.themes)
  var theme: String?

  @Flag(help: "No sound during routines (same as `sound = \"none\"` in config.toml).")
  var quiet = false

  /// The full-screen options these and the global options choose.
  func options(
    _ global: GlobalOptions, focused: PaneID? = nil, autostartRoutine: String? = nil, onDone: String? = nil
  ) -> FullScreen.Options {
    var options = FullScreen.Options(
      paths: global.paths, theme: theme, quiet: quiet, focused: focused, autostartRoutine: autostartRoutine)
    options.onDone = onDone
    return options
  }
}

/// `quietlegs routine ID`: opens the program straight on a routine's run screen.
struct RoutineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "routine", abstract: "Open the full-screen program and start a routine at once.")

  @Argument(
    help: ArgumentHelp("The routine's id (see `quietlegs routines`).", valueName: "id"),
    completion: Completions.routines)
  var id: String

  @Option(
    name: .customLong("on-done"),
    help: ArgumentHelp(
      "A command to run when the routine ends, without a shell (overrides `on_routine_done`); it finds QUIETLEGS_ROUTINE, QUIETLEGS_COMPLETED and QUIETLEGS_STEPS_DONE in its environment.",
      valueName: "command"))
  var onDone: String?

  @OptionGroup var global: GlobalOptions
  @OptionGroup var look: LookOptions

  func run() throws {
    try FullScreen.run(look.options(global, autostartRoutine: id, onDone: onDone))
  }
}
