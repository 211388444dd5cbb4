import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs report`: a one-page summary for a doctor, in Markdown or HTML.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print a one-page summary for a doctor (Markdown or printable HTML).")

  enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

  @Option(help: ArgumentHelp("How many weeks, ending with the current night (1-520).", valueName: "n"))
  var weeks: Int = 8

  @Option(help: "markdown or html.")
  var format: Format = .markdown

  @Option(
    help: ArgumentHelp(
      "Write to this file (mode 0600) instead of standard output (- is standard output).", valueName: "file"),
    completion: .file())
  var output: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try OutputFile.checkNotEmpty(output, option: "output")
    guard (1...520).contains(weeks) else { throw CLIError("weeks: \(weeks) is out of range; use 1 to 520") }
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let report = try cliCall {
      try DoctorReportBuilder.build(
        journal: journal, weeks: weeks, now: context.now, nights: context.nights,
        weekStart: context.settings.weekStart, customFactors: context.settings.customFactors,
        clock: context.settings.clock)
    }
    let text =
      switch format {
      case .markdown: MarkdownReport.text(report, zone: context.nights.timeZone)
      case .html: HTMLReport.text(report, zone: context.nights.timeZone)
      }
    try OutputFile.deliver(
      Data(text.utf8), to: output, protecting: context.paths.dataDirectory, written: "Report written to")
  }
}
