import ArgumentParser
import Foundation
import QuietLegsCore
import QuietLegsTUI

/// `quietlegs-bench`: the project's benchmark helper (data generator and in-process timings).
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quietlegs-bench", abstract: "Benchmark helper for QuietLegs (see Scripts/bench.sh).",
    subcommands: [GenerateCommand.self, InProcessCommand.self])
}

/// Writes a deterministic multi-year journal into a data folder.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate", abstract: "Write a realistic journal of N years (deterministic from --seed).")

  @Option(help: "Data folder to create the journal in (must not hold a journal yet).")
  var dataDir: String

  @Option(help: "Years of nights.")
  var years = 10

  @Option(help: "Seed of the random generator.")
  var seed: UInt64 = 42

  @Option(help: "The last night (YYYY-MM-DD).")
  var lastNight = "2026-11-21"

  func run() throws {
    guard let last = CivilDate(lastNight) else { throw ValidationError("--last-night must be YYYY-MM-DD") }
    let paths = AppPaths(
      dataDirectory: URL(fileURLWithPath: dataDir), configDirectory: URL(fileURLWithPath: dataDir))
    let journal = try Journal(paths: paths)
    guard try journal.episodeCount() == 0 else { throw ValidationError("\(dataDir) already holds a journal") }
    let nights = NightCalendar(timeZone: .current, boundaryHour: 12)
    let bundle = JournalGenerator(seed: seed, years: years, lastNight: last, nights: nights).bundle()
    let summary = try journal.importBundle(bundle, nights: nights)
    print(
      "Generated \(summary.added) episodes, \(bundle.factors.count) factors, \(bundle.sessions.count) routine sessions over \(years) years in \(journal.file.path)"
    )
  }
}

/// Times one month's query and one full calendar frame rendered into the cell grid.
struct InProcessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inprocess", abstract: "Time a month query and a full calendar frame render, per operation.")

  @Option(help: "Data folder of a generated journal.")
  var dataDir: String

  @Option(help: "The current night for the calendar (YYYY-MM-DD).")
  var night = "2026-11-21"

  func run() throws {
    guard let current = CivilDate(night) else { throw ValidationError("--night must be YYYY-MM-DD") }
    let paths = AppPaths(
      dataDirectory: URL(fileURLWithPath: dataDir), configDirectory: URL(fileURLWithPath: dataDir))
    let journal = try Journal(paths: paths)
    let query = try Stopwatch.measure(perBatch: 500) {
      _ = try journal.episodes(from: current.firstOfMonth, through: current.lastOfMonth)
    }
    print("month query: \(query.text)")
    let nights = NightCalendar(timeZone: .current, boundaryHour: 12)
    let now = nights.instant(in: current, hour: 23, minute: 0)
    let services = AppServices(
      journal: journal, nights: nights, settings: Settings(), routines: RoutineLibrary(), bell: false)
    let model = AppModel(
      panes: [
        CalendarPane(services: services), CausesPane(services: services), RoutinesPane(services: services),
      ],
      focused: .calendar, clock: .fixed(now))
    let render = Stopwatch.measure(perBatch: 200) {
      var buffer = Buffer(width: 100, height: 30)
      model.render(into: &buffer)
    }
    print("calendar frame render (100x30): \(render.text)")
    let open = try Stopwatch.measure(perBatch: 50) { _ = try Journal(paths: paths) }
    print("journal open (checks included): \(open.text)")
    let build = Stopwatch.measure(perBatch: 50) {
      var panes = AppModel(
        panes: [
          CalendarPane(services: services), CausesPane(services: services), RoutinesPane(services: services),
          InsightsPane(services: services),
        ], focused: .calendar, clock: .fixed(now))
      _ = panes.update(.resize(width: 100, height: 30))
    }
    print("building the four panes and their first data: \(build.text)")
    for format in [JournalExporter.Format.json, .csv, .ics] {
      let export = try Stopwatch.measure(perBatch: 2) {
        _ = try JournalExporter.data(journal, format: format, now: now, nights: nights)
      }
      print("export \(format.rawValue) of the whole journal: \(export.text)")
    }
  }
}
