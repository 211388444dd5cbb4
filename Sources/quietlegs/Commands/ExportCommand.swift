import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs export`: the whole journal as JSON (full backup), CSV or iCalendar.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the journal: json (full backup), csv (episodes) or ics (calendar events).")

  @Option(help: "json, csv or ics.")
  var format: JournalExporter.Format = .json

  @Option(
    help: ArgumentHelp(
      "Write to this file (mode 0600) instead of standard output (- is standard output).", valueName: "file"),
    completion: .file())
  var output: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try OutputFile.checkNotEmpty(output, option: "output")
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let data = try cliCall {
      try JournalExporter.data(journal, format: format, now: context.now, nights: context.nights)
    }
    try OutputFile.deliver(data, to: output, protecting: context.paths.dataDirectory, written: "Exported to")
  }
}

extension JournalExporter.Format: ExpressibleByArgument {}
