import ArgumentParser
import Foundation
import QuietLegsCore

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "Folder of the journal (default: $QUIETLEGS_DATA_DIR, $XDG_DATA_HOME/quietlegs or ~/.local/share/quietlegs).",
      valueName: "path"),
    completion: .directory)
  var dataDir: String?

  func validate() throws {
    if let dataDir, dataDir.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--data-dir is empty; give the path of a folder, or leave the option out")
    }
  }

  /// The resolved folders for this run.
  var paths: AppPaths { AppPaths.resolve(dataDirOption: dataDir) }
}
