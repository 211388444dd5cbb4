import Foundation
import Testing

@testable import QuietLegsTUI

/// The routines pane's screens as text, compared with `__Snapshots__/routine*.txt`
/// (the 80x24 list is `routines-80x24`, recorded by `ScreenSnapshotTests`).
@Suite struct RoutineScreenSnapshotTests {
  typealias T = RoutineTestSupport

  /// The app frame over the built-in routines with `pane` in front.
  private func screen(_ pane: RoutinesPane, services: AppServices, width: Int, height: Int) -> String {
    var panes = Fixtures.standardPanes(services)
    panes[2] = pane
    return Fixtures.screen(Fixtures.model(panes: panes, focused: .routines), width: width, height: height)
  }

  /// Calf stretches, started after its safety note and run for `seconds`.
  private func calfStretches(after seconds: Double, services: AppServices) -> RoutinesPane {
    var pane = RoutinesPane(services: services, autostart: "calf-stretches")
    _ = pane.handle(.enter, at: T.at(0))
    _ = pane.tick(at: T.at(seconds))
    return pane
  }

  @Test func listAt120x40() {
    let services = Fixtures.services()
    var pane = RoutinesPane(services: services)
    _ = pane.handle(.end, at: T.at(0))
    assertSnapshot(screen(pane, services: services, width: 120, height: 40), named: "routines-120x40")
  }

  @Test func safetyNote() {
    let services = Fixtures.services()
    let pane = RoutinesPane(services: services, autostart: "foot-soak")
    assertSnapshot(screen(pane, services: services, width: 80, height: 24), named: "routine-safety-80x24")
  }

  @Test(arguments: [(80, 24), (120, 40), (60, 16)])
  func runScreenNearTheEndOfAHold(width: Int, height: Int) {
    let services = Fixtures.services()
    let pane = calfStretches(after: 27.5, services: services)
    assertSnapshot(
      screen(pane, services: services, width: width, height: height), named: "routine-run-\(width)x\(height)")
  }

  @Test func runScreenPausedInARest() {
    let services = Fixtures.services()
    var pane = calfStretches(after: 31, services: services)
    _ = pane.handle(.character(" "), at: T.at(31.5))
    assertSnapshot(screen(pane, services: services, width: 80, height: 24), named: "routine-run-paused-80x24")
  }

  @Test func doneScreen() {
    let services = T.services()
    var pane = T.runningQuick(services)
    _ = pane.tick(at: T.at(16))
    assertSnapshot(screen(pane, services: services, width: 80, height: 24), named: "routine-done-80x24")
  }

  @Test func endScreenAfterSkippedSteps() {
    let services = T.services()
    var pane = T.runningQuick(services)
    _ = pane.tick(at: T.at(13))
    _ = pane.handle(.character("s"), at: T.at(13))
    _ = pane.handle(.character("s"), at: T.at(14))
    assertSnapshot(
      screen(pane, services: services, width: 80, height: 24), named: "routine-skipped-end-80x24")
  }

  @Test func runScreenFlashesTheBodyAfterANewPhase() {
    let services = Fixtures.services()
    let pane = calfStretches(after: 30, services: services)
    var buffer = Buffer(width: 80, height: 24)
    pane.render(into: &buffer, area: Rect(x: 0, y: 1, width: 80, height: 21))
    #expect(buffer[40, 10].role == .flash)
    #expect(buffer[40, 0].role != .flash, "the header is not part of the body")
  }
}
