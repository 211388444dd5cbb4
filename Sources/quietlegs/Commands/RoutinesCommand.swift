import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs routines`: lists the routines and any user files that could not be read.
struct RoutinesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "routines", abstract: "List the guided routines (built-in and your own) and any file errors."
  )

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let paths = global.paths
    let library = RoutineLibrary.load(paths: paths)
    for routine in library.routines {
      let length = RoutineLengthText.length(routine.totalSeconds)
      let origin: String
      switch routine.origin {
      case .builtIn: origin = "built-in"
      case .user(let path): origin = path
      }
      print(
        "\(routine.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(routine.name) · \(RoutineLengthText.steps(routine.stepCount)) · \(length) · \(origin)"
      )
    }
    if !library.errors.isEmpty {
      print("\nNot loaded:")
      for error in library.errors { print("  " + PlainText.oneLine(error.description, limit: 300)) }
    }
    print("\nYour own routines go in \(paths.userRoutinesDirectory.path)/ID.toml (see README).")
  }
}
