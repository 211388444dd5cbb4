import Testing

@testable import QuietLegsTUI

/// Whole screens as text, compared with `__Snapshots__/*.txt` (re-record with QUIETLEGS_RECORD=1).
@Suite struct ScreenSnapshotTests {
  @Test(arguments: [(80, 24), (120, 40)])
  func calendarPane(width: Int, height: Int) {
    assertSnapshot(
      Fixtures.screen(Fixtures.model(), width: width, height: height), named: "calendar-\(width)x\(height)")
  }

  @Test func causesPane() {
    assertSnapshot(
      Fixtures.screen(Fixtures.model(focused: .causes), width: 80, height: 24), named: "causes-80x24")
  }

  @Test func routinesPane() {
    assertSnapshot(
      Fixtures.screen(Fixtures.model(focused: .routines), width: 80, height: 24), named: "routines-80x24")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func helpOverlay(width: Int, height: Int) {
    var model = Fixtures.model()
    _ = model.update(.key(.character("?")))
    assertSnapshot(Fixtures.screen(model, width: width, height: height), named: "help-\(width)x\(height)")
  }

  @Test func helpOverlayAtMinimumSizeScrolls() {
    var model = Fixtures.model()
    _ = model.update(.key(.character("?")))
    assertSnapshot(Fixtures.screen(model, width: 60, height: 16), named: "help-60x16")
    _ = model.update(.key(.pageDown))
    assertSnapshot(Fixtures.screen(model, width: 60, height: 16), named: "help-60x16-scrolled")
  }

  @Test func statusMessageAndConfirmation() {
    var model = Fixtures.model(
      panes: [CalendarPane(services: Fixtures.services()), CounterPane(isBusy: true)], focused: .routines)
    _ = model.update(.key(.character("q")))
    assertSnapshot(Fixtures.screen(model, width: 80, height: 24), named: "confirm-quit-80x24")
  }

  @Test func untrustedTextInAStatusMessageIsSanitized() {
    var model = Fixtures.model()
    model.showStatus(StatusMessage("Note: \u{1B}[2Jcramp\u{202E} 中文 \u{7}", kind: .error))
    let screen = Fixtures.screen(model, width: 80, height: 24)
    #expect(screen.contains("Note: cramp 中文 \u{FFFD}"))
    #expect(!screen.contains("\u{1B}"))
  }

  @Test(arguments: [(59, 24), (80, 15), (20, 5)])
  func tooSmall(width: Int, height: Int) {
    assertSnapshot(
      Fixtures.screen(Fixtures.model(), width: width, height: height), named: "too-small-\(width)x\(height)")
  }

  @Test(arguments: [(0, 0), (1, 1), (2, 1), (20, 5), (60, 16), (61, 17), (500, 200)])
  func anySizeRendersWithoutCrashing(width: Int, height: Int) {
    var model = Fixtures.model()
    var buffer = Buffer(width: width, height: height)
    model.render(into: &buffer)
    _ = model.update(.key(.character("?")))
    model.render(into: &buffer)
    #expect(buffer.lines().count == height)
    #expect(buffer.lines().allSatisfy { DisplayWidth.of($0) == width })
  }

  @Test func narrowHeaderDropsNameThenDate() {
    let model = Fixtures.model()
    let at60 = Fixtures.screen(model, width: 60, height: 16).split(separator: "\n").first.map(String.init)
    #expect(at60 == " [1 Calendar] · 2 Causes · 3 Routines · 4 Insights")
    let at80 = Fixtures.screen(model, width: 80, height: 24).split(separator: "\n").first.map(String.init)
    #expect(at80?.hasSuffix("Tue 14 May 2024 ") == true || at80?.hasSuffix("Tue 14 May 2024") == true)
  }
}
