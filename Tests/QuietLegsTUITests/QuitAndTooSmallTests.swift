import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// What quitting keeps, and what keys do while the terminal is too small to show the panes.
@Suite struct QuitAndTooSmallTests {
  typealias T = RoutineTestSupport

  @Test("quitting during a routine (q, then y) saves the run as stopped, as Esc would")
  func quittingSavesARunningRoutine() {
    let services = T.services(bell: false)
    var model = Fixtures.model(panes: [T.runningQuick(services)], focused: .routines)
    _ = model.update(.resize(width: 80, height: 24))
    _ = model.update(.key(.character("q")))
    #expect(model.overlay == .confirmQuit)
    #expect(
      model.status?.text.contains("quitting saves it as stopped") == true, "the question says what happens")
    #expect(T.sessions(services).isEmpty)
    let effects = model.update(.key(.character("y")))
    #expect(effects.last == .quit)
    let sessions = T.sessions(services)
    #expect(sessions.count == 1)
    #expect(sessions.first?.completed == false)
  }

  @Test("ending by a signal or a closed terminal keeps the run too; with nothing running, nothing is written")
  func prepareToQuitSavesOnlyWhatRuns() {
    let services = T.services(bell: false)
    var idle = Fixtures.model(panes: [RoutinesPane(services: services)], focused: .routines)
    #expect(idle.prepareToQuit() == [.quit])
    #expect(T.sessions(services).isEmpty)
    var running = Fixtures.model(panes: [T.runningQuick(services)], focused: .routines)
    #expect(running.prepareToQuit().last == .quit)
    #expect(T.sessions(services).count == 1)
    #expect(!running.isBusy, "the routine is over once saved")
  }

  @Test("below the minimum size only q and Ctrl-L work: a hidden delete is impossible")
  func tooSmallTerminalIgnoresPaneKeys() throws {
    var harness = CalendarHarness()
    let episode = harness.log("2024-05-14", 21, 30)
    harness.model.reloadForTests()
    _ = harness.model.update(.resize(width: 50, height: 12))
    #expect(harness.model.isTooSmall)
    #expect(harness.type("d").isEmpty)
    #expect(try harness.journal.episode(id: episode.id!) != nil, "nothing deleted while the pane was hidden")
    _ = harness.type("n")
    _ = harness.type("2")
    #expect(harness.model.focusedPane.id == .calendar)
    #expect(harness.press(.control("l")) == [.repaintAll])
    #expect(harness.type("q") == [.quit])
    _ = harness.model.update(.resize(width: 80, height: 24))
    #expect(!harness.model.isTooSmall)
    _ = harness.type("d")
    #expect(try harness.journal.episode(id: episode.id!) == nil, "keys work again at a usable size")
  }

  @Test("undoing an edit never brings back an episode deleted in another terminal")
  func undoAfterADeleteElsewhere() throws {
    var harness = CalendarHarness()
    let original = harness.log("2024-05-14", 21, 30, severity: 4)
    harness.model.reloadForTests()
    _ = harness.type("e")
    _ = harness.press(.down, .down, .control("u"))
    _ = harness.type("9")
    _ = harness.press(.enter)
    _ = try harness.journal.delete(id: original.id!)
    harness.model.reloadForTests()
    _ = harness.type("u")
    #expect(try harness.journal.episode(id: original.id!) == nil)
    #expect(
      harness.model.status?.text.contains("deleted meanwhile") == true,
      "\(String(describing: harness.model.status))")
  }
}
