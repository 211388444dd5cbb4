import Foundation
import QuietLegsCore

@testable import QuietLegsTUI

/// Routines and services for the routines pane tests, and moments at seconds after a fixed start.
enum RoutineTestSupport {
  /// Step 1: two 5 s holds (left, then right) with a 2 s rest between; step 2: one 4 s hold.
  /// Phases: hold 0-5, rest 5-7, hold 7-12, hold 12-16 (seconds after the start).
  static let quick = """
    name = "Quick stretch"
    summary = "Two short steps for tests."

    [[steps]]
    title = "Calf against the wall"
    cue = "Back leg straight, heel down."
    seconds = 5
    repeat = 2
    rest = 2
    side = "alternate"

    [[steps]]
    title = "Sit and breathe"
    cue = "Legs long, toes up."
    seconds = 4
    """

  /// A routine with a safety note.
  static let careful = """
    name = "Careful soak"
    summary = "A warm soak."
    safety = "Test the water first."

    [[steps]]
    title = "Soak"
    seconds = 10
    """

  static func services(bell: Bool = true) -> AppServices {
    let folder = Fixtures.temporaryDirectory()
    let journal = try! Journal(
      file: folder.appendingPathComponent("journal.sqlite3"), clock: .fixed(Fixtures.now))
    return AppServices(
      journal: journal, nights: NightCalendar(timeZone: Fixtures.utc, boundaryHour: 12), settings: Settings(),
      routines: RoutineLibrary(
        builtIns: [:],
        userFiles: [
          RoutineFile(id: "quick", file: "quick.toml", text: quick),
          RoutineFile(id: "careful", file: "careful.toml", text: careful),
        ]), bell: bell)
  }

  /// The time `seconds` after the test start on both clocks.
  static func at(_ seconds: Double) -> Moment {
    Moment(
      wall: Fixtures.now.addingTimeInterval(seconds),
      monotonic: Fixtures.monotonicNow + .milliseconds(Int64((seconds * 1000).rounded())))
  }

  /// The monotonic reading `seconds` after the test start.
  static func monotonic(_ seconds: Double) -> Duration { at(seconds).monotonic }

  /// A pane over `services` with the quick routine already started at second 0.
  static func runningQuick(_ services: AppServices = services()) -> RoutinesPane {
    var pane = RoutinesPane(services: services, autostart: "quick")
    _ = pane.tick(at: at(0))
    return pane
  }

  /// Every session in the journal.
  static func sessions(_ services: AppServices) -> [RoutineSession] {
    let first = CivilDate(year: 2000, month: 1, day: 1)!
    let last = CivilDate(year: 2100, month: 1, day: 1)!
    return (try? services.journal.sessions(from: first, through: last).map(\.session)) ?? []
  }
}

extension RoutinesPane {
  /// The run on screen, if one is running.
  var active: ActiveRoutine? {
    if case .running(let active) = screen { return active }
    return nil
  }
}
