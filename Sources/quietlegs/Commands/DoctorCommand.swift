import ArgumentParser
import Foundation
import QuietLegsCore
import QuietLegsCurses
import QuietLegsTUI

/// `quietlegs doctor`: what QuietLegs would use here and whether each part is sound, changing nothing.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Show the folders, journal, settings and terminal in use, and any problem with them.",
    discussion: """
      Changes nothing: the journal is opened read-only and not created when missing. Exits 0 when \
      no problem was found, 1 when the list of problems is not empty.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: "text or json.")
  var format: Format = .text

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let report = DoctorReport.gather(
      dataDirOption: global.dataDir, environment: ProcessInfo.processInfo.environment)
    switch format {
    case .text: try StandardOutput.write(Data(report.text.utf8))
    case .json:
      let data = try JSONSerialization.data(
        withJSONObject: report.json, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      try StandardOutput.write(data + Data("\n".utf8))
    }
    if !report.problems.isEmpty { throw ExitCode(ExitStatus.refused.rawValue) }
  }
}
