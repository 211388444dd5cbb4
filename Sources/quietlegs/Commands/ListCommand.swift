import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs list`: prints episodes as a table, CSV or JSON.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List episodes, by night.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

  @Option(help: ArgumentHelp("First night to include (YYYY-MM-DD).", valueName: "date"))
  var from: String?

  @Option(help: ArgumentHelp("Last night to include (YYYY-MM-DD).", valueName: "date"))
  var to: String?

  @Option(
    help: ArgumentHelp("Only episodes of this kind: cramp, rls or twitch.", valueName: "kind"),
    completion: Completions.kinds)
  var kind: String?

  // Unconditional, so that `--min-severity -3` reaches the range check instead of reading as an option.
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Only episodes of at least this severity (1-10).", valueName: "n"))
  var minSeverity: String?

  @Option(
    help: ArgumentHelp(
      "Only episodes whose note, what helped or site contains this text (case and accents ignored).",
      valueName: "text"))
  var search: String?

  @Option(help: "Output format: table, csv or json.")
  var format: Format = .table

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let first = try from.map { try Self.date($0, field: "from") } ?? CivilDate(year: 1, month: 1, day: 1)!
    let last = try to.map { try Self.date($0, field: "to") } ?? CivilDate(year: 9999, month: 12, day: 31)!
    guard first <= last else { throw CLIError("from: \(first) is after to: \(last)") }
    let filter = try self.filter()
    let journal = try context.openJournal()
    let episodes = try cliCall { try journal.episodes(from: first, through: last) }.filter(filter.matches)
    switch format {
    case .table:
      let filtered = filter != EpisodeFilter()
      print(
        EpisodeTable.text(
          episodes, nights: context.nights, clock: context.settings.clock,
          empty: filtered ? "No episodes match." : "No episodes."),
        terminator: "")
    case .csv:
      FileHandle.standardOutput.write(Console.dataForStandardOutput(Data(EpisodeCSV.text(episodes).utf8)))
    case .json:
      let data = try JournalBackup(
        exportedAt: Timestamp.iso(context.now, offsetSeconds: context.nights.utcOffset(at: context.now)),
        episodes: episodes.map(EpisodeJSON.init)
      ).encoded()
      FileHandle.standardOutput.write(Console.dataForStandardOutput(data + Data("\n".utf8)))
    }
  }

  /// The `--kind`, `--min-severity` and `--search` filters, checked.
  func filter() throws -> EpisodeFilter {
    var filter = EpisodeFilter(search: search)
    filter.kind = try kind.map(parseKind)
    if let minSeverity {
      guard let value = NumberText.wholeNumber(minSeverity), (1...10).contains(value) else {
        throw CLIError("min-severity: '\(minSeverity)' is not a whole number from 1 to 10")
      }
      filter.minSeverity = value
    }
    return filter
  }

  static func date(_ text: String, field: String) throws -> CivilDate {
    guard let date = CivilDate(text) else {
      throw CLIError("\(field): '\(text)' is not a date; use YYYY-MM-DD")
    }
    return date
  }
}

/// The aligned text table of `quietlegs list`.
enum EpisodeTable {
  static func text(
    _ episodes: [Episode], nights: NightCalendar, clock: ClockStyle, empty: String = "No episodes."
  ) -> String {
    guard !episodes.isEmpty else { return empty + "\n" }
    let header = ["ID", "NIGHT", "TIME", "KIND", "SEV", "SIDE", "SITE", "LASTED", "WOKE", "HELPED", "NOTE"]
    let rows = episodes.map { e in
      [
        String(e.id ?? 0), e.night.description, EpisodeText.time(e, nights: nights, clock: clock),
        e.kind.rawValue,
        String(e.severity), e.side?.rawValue ?? "-", e.site?.rawValue ?? "-",
        e.durationSeconds.map(DurationParser.format) ?? "-", e.woke ? "yes" : "no",
        e.helped.isEmpty ? "-" : e.helped.joined(separator: ","), PlainText.oneLine(e.note, limit: 40),
      ]
    }
    var widths = header.map(\.count)
    for row in rows {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
    }
    return ([header] + rows).map(line).joined()
  }
}
