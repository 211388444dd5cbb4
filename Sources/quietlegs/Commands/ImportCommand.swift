import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs import FILE`: adds episodes from a JSON backup or a CSV file, all or nothing.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a JSON backup or an episode CSV; episodes already present are skipped.")

  @Argument(
    help: ArgumentHelp("The file to import (- reads standard input).", valueName: "file"),
    completion: .file(extensions: ["json", "csv"]))
  var file: String

  @Option(help: "json or csv (default: from the file name or its content).")
  var format: JournalImporter.Format?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    if file.isEmpty {
      throw CLIError(
        "file: the name is empty; give the file to import, or - for standard input", status: .usage)
    }
    let data = try InputFile.read(file)
    let chosen = format ?? JournalImporter.Format.detect(path: file, data: data)
    let bundle: ImportBundle
    do {
      bundle = try JournalImporter.bundle(
        from: data, format: chosen, nights: context.nights, now: context.now,
        customFactors: context.settings.customFactors)
    } catch {
      throw CLIError("\(file == OutputFile.standardStream ? "standard input" : file): \(error.description)")
    }
    let journal = try context.openJournalForPlacing()
    let summary = try cliCall {
      try journal.dailyCopy(
        in: context.paths.backupsDirectory, today: context.nights.localDate(of: context.now))
      return try journal.importBundle(bundle, nights: context.nights)
    }
    let source = file == OutputFile.standardStream ? "standard input" : file
    var line = "Imported \(summary.added) episode\(summary.added == 1 ? "" : "s") from \(source)"
    line += " (\(summary.skipped) already present)"
    if bundle.otherCount > 0 {
      line += "; \(summary.otherAdded) of \(bundle.otherCount) other records were new"
    }
    print(line + ".")
  }
}

extension JournalImporter.Format: ExpressibleByArgument {}
