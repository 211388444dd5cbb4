import Foundation
import QuietLegsCore
import QuietLegsTUI

/// Shared test values: a fixed time, a model of the placeholder panes, a rendered screen.
enum Fixtures {
  /// Tuesday 14 May 2024, 22:30 UTC.
  static let now = Date(timeIntervalSince1970: 1_715_725_800)
  static let utc = TimeZone(identifier: "UTC")!
  /// The monotonic clock's fixed reading in tests.
  static let monotonicNow = Duration.seconds(1000)
  /// `now` on both clocks, as the app hands it to panes.
  static let moment = Moment(wall: now, monotonic: monotonicNow)

  static func model(panes: [any Pane]? = nil, focused: PaneID? = nil) -> AppModel {
    AppModel(
      panes: panes ?? standardPanes(), focused: focused,
      clock: .fixed(now), monotonic: MonotonicClock { monotonicNow }, timeZone: utc)
  }

  /// Services over a real journal in a fresh temporary folder (Europe/Berlin nights, noon boundary).
  static func services(journalFolder: URL? = nil) -> AppServices {
    let folder = journalFolder ?? temporaryDirectory()
    let journal = try! Journal(file: folder.appendingPathComponent("journal.sqlite3"), clock: .fixed(now))
    return AppServices(
      journal: journal, nights: NightCalendar(timeZone: utc, boundaryHour: 12), settings: Settings(),
      routines: RoutineLibrary(), bell: true, clock: .fixed(now))
  }

  /// The four real panes over a fresh journal.
  static func standardPanes(_ services: AppServices = services()) -> [any Pane] {
    [
      CalendarPane(services: services), CausesPane(services: services), RoutinesPane(services: services),
      InsightsPane(services: services),
    ]
  }

  static func screen(_ model: AppModel, width: Int, height: Int) -> String {
    var model = model
    _ = model.update(.resize(width: width, height: height))
    var buffer = Buffer(width: width, height: height)
    model.render(into: &buffer)
    return buffer.text()
  }

  /// A fresh temporary folder; all of them go when the test process exits.
  static func temporaryDirectory() -> URL {
    let url = testRoot.appendingPathComponent(UUID().uuidString)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// One folder per test process, removed at exit, so test journals never pile up in /tmp.
  static let testRoot: URL = {
    let root = rootForProcess()
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: Fixtures.rootForProcess()) }
    return root
  }()

  static func rootForProcess() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("quietlegs-tui-tests-\(getpid())")
  }
}
