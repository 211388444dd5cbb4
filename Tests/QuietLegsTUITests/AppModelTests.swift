import Foundation
import Testing

@testable import QuietLegsTUI

@Suite struct AppModelTests {
  @Test func numberKeysAndTabSwitchPanes() {
    var model = Fixtures.model()
    #expect(model.focusedPane.id == .calendar)
    _ = model.update(.key(.character("3")))
    #expect(model.focusedPane.id == .routines)
    _ = model.update(.key(.character("2")))
    #expect(model.focusedPane.id == .causes)
    _ = model.update(.key(.tab))
    #expect(model.focusedPane.id == .routines)
    _ = model.update(.key(.tab))
    #expect(model.focusedPane.id == .insights)
    _ = model.update(.key(.tab))
    #expect(model.focusedPane.id == .calendar)
    _ = model.update(.key(.backTab))
    #expect(model.focusedPane.id == .insights)
    _ = model.update(.key(.character("4")))
    #expect(model.focusedPane.id == .insights)
    _ = model.update(.key(.character("1")))
    #expect(model.focusedPane.id == .calendar)
  }

  @Test func startsInTheRequestedPane() {
    #expect(Fixtures.model(focused: .causes).focusedPane.id == .causes)
  }

  @Test func quitWhenIdleQuitsAtOnce() {
    var model = Fixtures.model()
    #expect(model.update(.key(.character("q"))) == [.quit])
  }

  @Test func quitWhileBusyAsksFirst() {
    var model = Fixtures.model(panes: [
      CalendarPane(services: Fixtures.services()), CounterPane(isBusy: true),
    ])
    #expect(model.update(.key(.character("q"))).isEmpty)
    #expect(model.overlay == .confirmQuit)
    #expect(model.status?.text.contains("Quit anyway?") == true)
    #expect(model.update(.key(.character("n"))).isEmpty)
    #expect(model.overlay == nil)
    #expect(model.status == nil)
    _ = model.update(.key(.character("q")))
    #expect(model.update(.key(.character("y"))) == [.quit])
  }

  @Test func helpOverlayOpensScrollsAndCloses() {
    var model = Fixtures.model()
    _ = model.update(.key(.character("?")))
    #expect(model.overlay == .help(scroll: 0))
    _ = model.update(.key(.character("j")))
    _ = model.update(.key(.down))
    #expect(model.overlay == .help(scroll: 2))
    _ = model.update(.key(.character("k")))
    #expect(model.overlay == .help(scroll: 1))
    _ = model.update(.key(.character("2")))
    #expect(model.focusedPane.id == .calendar, "pane keys are not active under the help")
    _ = model.update(.key(.escape))
    #expect(model.overlay == nil)
    _ = model.update(.key(.character("?")))
    _ = model.update(.key(.character("?")))
    #expect(model.overlay == nil)
  }

  @Test("keys past the end of the help do not pile up: the first ↑ after them moves")
  func helpScrollStopsAtItsEnd() {
    var model = Fixtures.model()
    _ = model.update(.resize(width: 80, height: 24))
    _ = model.update(.key(.character("?")))
    for _ in 0..<20 { _ = model.update(.key(.pageDown)) }
    let end = model.helpMaxScroll
    #expect(end > 0 && end < model.helpLineCount)
    #expect(model.overlay == .help(scroll: end))
    _ = model.update(.key(.up))
    #expect(model.overlay == .help(scroll: end - 1))
  }

  @Test func paneKeysComeBeforeGlobalKeys() {
    var model = Fixtures.model(panes: [CounterPane()])
    _ = model.update(.key(.up))
    _ = model.update(.key(.character("k")))
    _ = model.update(.key(.character("j")))
    #expect((model.focusedPane as? CounterPane)?.count == 1)
    #expect(model.update(.key(.character("q"))) == [.quit])
  }

  @Test func statusMessageClearsOnTheNextKey() {
    var model = Fixtures.model(panes: [CounterPane()])
    _ = model.update(.key(.character("s")))
    #expect(model.status == StatusMessage("Saved.", kind: .success))
    _ = model.update(.key(.character("z")))
    #expect(model.status == nil)
    #expect(model.update(.key(.character("x"))) == [.bell])
    #expect(model.status?.kind == .error)
    _ = model.update(.resize(width: 90, height: 30))
    #expect(model.status?.kind == .error, "a resize is not a key")
  }

  @Test("a pane is told the size of the body it draws into: the screen less header, status and footer")
  func resizeTellsPanesTheBodySize() {
    var model = Fixtures.model(panes: [CounterPane()])
    _ = model.update(.resize(width: 90, height: 30))
    #expect((model.focusedPane as? CounterPane)?.sizes == [CounterPane.Size(width: 90, height: 27)])
  }

  @Test("willAppear, reload and resize carry the app's Moment, as keys and ticks do")
  func lifecycleCallsCarryTheMoment() {
    var model = Fixtures.model(panes: [CounterPane()])
    _ = model.update(.resize(width: 90, height: 30))
    _ = model.update(.journalChanged)
    #expect(
      (model.focusedPane as? CounterPane)?.lifecycleMoments == Array(repeating: Fixtures.moment, count: 3))
  }

  @Test func controlLAsksForAFullRepaint() {
    var model = Fixtures.model()
    #expect(model.update(.key(.control("l"))) == [.repaintAll])
  }

  @Test func nextDeadlineIsThePaneTimerOrMidnight() {
    let soon = Fixtures.monotonicNow + .milliseconds(500)
    var model = Fixtures.model(panes: [CounterPane(nextDeadline: soon)])
    #expect(model.nextDeadline == soon)
    _ = model.update(.tick)
    #expect(
      (model.focusedPane as? CounterPane)?.ticks == [
        Moment(wall: Fixtures.now, monotonic: Fixtures.monotonicNow)
      ])
    let idle = Fixtures.model()
    // Midnight UTC after 22:30 on 14 May 2024 is 90 minutes away.
    #expect(idle.nextDeadline == Fixtures.monotonicNow + .seconds(5400))
  }

  @Test func journalChangesReloadEveryPane() {
    var model = Fixtures.model(panes: [CounterPane(), CounterPane(id: .calendar)])
    _ = model.update(.journalChanged)
    #expect(model.panes.compactMap { ($0 as? CounterPane)?.reloads } == [1, 1])
  }

  @Test func footerFollowsTheContext() {
    var model = Fixtures.model(panes: [CounterPane()])
    #expect(model.activeKeymaps.map(\.title) == ["Counter", "Everywhere"])
    _ = model.update(.key(.character("?")))
    #expect(model.activeKeymaps.map(\.title) == ["Help"])
  }
}
