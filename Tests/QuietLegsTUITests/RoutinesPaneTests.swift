import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The routines pane driven with moments: no sleeping, every time given explicitly.
@Suite struct RoutinesPaneTests {
  typealias T = RoutineTestSupport

  @Test func enterStartsARoutineWithoutSafetyNoteAtOnce() {
    var pane = RoutinesPane(services: T.services())
    #expect(pane.routines.map(\.id) == ["careful", "quick"])
    #expect(!pane.isBusy)
    #expect(pane.nextDeadline == nil, "an idle list never wakes the program")
    _ = pane.handle(.down, at: T.at(0))
    #expect(pane.handle(.enter, at: T.at(0)) == .handled)
    #expect(pane.isBusy)
    #expect(pane.active?.snapshot.remainingSeconds == 5)
    #expect(pane.active?.routine.id == "quick")
  }

  @Test func safetyNoteComesFirstAndEscGoesBack() {
    var pane = RoutinesPane(services: T.services())
    _ = pane.handle(.enter, at: T.at(0))
    #expect(pane.screen == .safetyNote(pane.routines[0]))
    #expect(!pane.isBusy)
    _ = pane.handle(.escape, at: T.at(1))
    #expect(pane.screen == .list)
    _ = pane.handle(.enter, at: T.at(2))
    _ = pane.handle(.enter, at: T.at(3))
    #expect(pane.active?.routine.id == "careful")
    #expect(pane.active?.run.startedAt == T.monotonic(3))
  }

  @Test func autostartBeginsAtTheFirstTickOrGoesThroughTheSafetyNote() {
    var quick = RoutinesPane(services: T.services(), autostart: "quick")
    #expect(quick.isBusy)
    #expect(quick.nextDeadline == .zero, "due at once")
    _ = quick.tick(at: T.at(0))
    #expect(quick.active?.run.startedAt == T.monotonic(0))
    #expect(quick.nextDeadline == T.monotonic(1))

    let careful = RoutinesPane(services: T.services(), autostart: "careful")
    #expect(careful.screen == .safetyNote(careful.routines[0]))
    #expect(careful.nextDeadline == nil)
  }

  @Test func countdownShowsWholeSecondsRoundedUpAndDeadlinesFollowThem() {
    var pane = T.runningQuick()
    #expect(pane.active?.snapshot.remainingSeconds == 5)
    #expect(pane.nextDeadline == T.monotonic(1))
    _ = pane.tick(at: T.at(1))
    #expect(pane.active?.snapshot.remainingSeconds == 4)
    #expect(pane.nextDeadline == T.monotonic(2))
    _ = pane.tick(at: T.at(2.5))
    #expect(pane.active?.snapshot.remainingSeconds == 3)
    #expect(pane.nextDeadline == T.monotonic(3))
    #expect(pane.active?.stepRemainingSeconds == 10, "3 s of this hold, a 2 s rest, a 5 s hold")
  }

  @Test func pauseHoldsTheCountdownAndAsksForNoTicks() {
    var pane = T.runningQuick()
    #expect(pane.handle(.character(" "), at: T.at(1.5)) == .handled)
    #expect(pane.active?.isPaused == true)
    #expect(pane.nextDeadline == nil)
    #expect(pane.keyTable == RoutinesPane.runKeys(paused: true).table)
    #expect(RoutinesPane.runKeys(paused: true).binding(for: .pause)?.label == "resume")
    _ = pane.tick(at: T.at(60))
    #expect(pane.active?.snapshot.remainingSeconds == 4, "3.5 s left, shown as 4")
    _ = pane.handle(.character(" "), at: T.at(100))
    #expect(pane.active?.isPaused == false)
    #expect(pane.nextDeadline == T.monotonic(100.5), "the next whole second of active time")
  }

  @Test func skipJumpsToTheNextStepAndBackReturns() {
    var pane = T.runningQuick()
    _ = pane.handle(.character("s"), at: T.at(1))
    #expect(pane.active?.snapshot.phase.stepIndex == 1)
    #expect(pane.active?.snapshot.remainingSeconds == 4)
    _ = pane.handle(.character("b"), at: T.at(1.5))
    #expect(pane.active?.snapshot.phase.stepIndex == 0, "early in a step, back goes to the one before")
    #expect(pane.active?.snapshot.remainingSeconds == 5)
    _ = pane.handle(.character("b"), at: T.at(4.5))
    #expect(pane.active?.snapshot.phase.stepIndex == 0, "later in a step, back restarts it")
    #expect(pane.active?.snapshot.remainingSeconds == 5)
  }

  @Test func skippingPastTheLastStepFinishesTheRoutine() {
    let services = T.services()
    var pane = T.runningQuick(services)
    _ = pane.handle(.character("s"), at: T.at(1))
    guard case .handled(let effects) = pane.handle(.character("s"), at: T.at(2)) else {
      Issue.record("skip not handled")
      return
    }
    #expect(effects.contains(.journalChanged))
    #expect(T.sessions(services).map(\.completed) == [false], "skipped steps: saved, not done")
  }

  @Test func escAsksOnceAndAnyOtherKeyCarriesOn() {
    let services = T.services()
    var pane = T.runningQuick(services)
    _ = pane.handle(.escape, at: T.at(1))
    #expect(pane.active?.isAskingToStop == true)
    #expect(pane.keyTable == RoutinesPane.stopQuestionKeys.table)
    #expect(pane.handle(.character("x"), at: T.at(1.2)) == .handled, "the answer is consumed")
    #expect(pane.active?.isAskingToStop == false)
    #expect(pane.active?.isPaused == false, "the run went on")
    #expect(T.sessions(services).isEmpty)
    _ = pane.handle(.escape, at: T.at(2))
    _ = pane.handle(.escape, at: T.at(2.5))
    #expect(pane.screen == .list)
    #expect(!pane.isBusy)
  }

  @Test func stoppedSessionRecordsTheStepAndTellsTheCalendar() {
    let services = T.services()
    var pane = T.runningQuick(services)
    _ = pane.handle(.character("s"), at: T.at(1))
    _ = pane.handle(.escape, at: T.at(3))
    let response = pane.handle(.character("y"), at: T.at(4))
    guard case .handled(let effects) = response else {
      Issue.record("y not handled")
      return
    }
    #expect(effects.contains(.journalChanged))
    #expect(
      effects.contains {
        if case .status(let message) = $0 { message.text.contains("step 2 of 2") } else { false }
      })
    let sessions = T.sessions(services)
    #expect(sessions.count == 1)
    #expect(sessions.first?.completed == false)
    #expect(sessions.first?.stoppedAtStep == 1)
    #expect(sessions.first?.routineId == "quick")
    #expect(sessions.first?.startedAt == Fixtures.now)
    #expect(sessions.first?.endedAt == Fixtures.now.addingTimeInterval(4))
  }

  @Test func drivingToTheEndSavesACompletedSessionAndShowsDone() {
    let services = T.services()
    var pane = T.runningQuick(services)
    var effects: [Effect] = []
    var second = 0.0
    while let deadline = pane.nextDeadline, second < 100 {
      second =
        Double((deadline - Fixtures.monotonicNow).components.seconds)
        + Double((deadline - Fixtures.monotonicNow).components.attoseconds) / 1e18
      effects += pane.tick(at: T.at(second))
    }
    #expect(second == 16, "the run ends after 16 s of holds and rests")
    #expect(effects.contains(.journalChanged))
    guard case .done(let result) = pane.screen else {
      Issue.record("expected the done screen, got \(pane.screen)")
      return
    }
    #expect(
      result
        == RoutineResult(routineName: "Quick stretch", stepCount: 2, stepsDone: 2, seconds: 16, saved: true))
    #expect(!pane.isBusy)
    #expect(pane.nextDeadline == nil)
    let sessions = T.sessions(services)
    #expect(sessions.map(\.completed) == [true])
    #expect(sessions.first?.stoppedAtStep == nil)
    #expect(sessions.first?.stepsDone == 2 && sessions.first?.stepCount == 2)
    #expect(sessions.first?.endedAt == Fixtures.now.addingTimeInterval(16))
    #expect(pane.handle(.enter, at: T.at(20)) == .handled)
    #expect(pane.screen == .list)
  }

  @Test("skipping every step ends the routine but says how many were done and does not count it as done")
  func skippingEveryStepIsNotADoneRoutine() {
    let services = T.services()
    var pane = T.runningQuick(services)
    var effects: [Effect] = []
    for second in [1.0, 2.0] {
      if case .handled(let more) = pane.handle(.character("s"), at: T.at(second)) { effects += more }
    }
    guard case .done(let result) = pane.screen else {
      Issue.record("expected the end screen, got \(pane.screen)")
      return
    }
    #expect(result.stepsDone == 0 && result.stepCount == 2)
    #expect(
      effects.contains(
        .status(StatusMessage("Quick stretch: 0 of 2 steps done in full; saved, not counted as done."))))
    let sessions = T.sessions(services)
    #expect(sessions.map(\.completed) == [false])
    #expect(sessions.first?.stepsDone == 0 && sessions.first?.stepCount == 2)
    #expect(sessions.first?.stoppedAtStep == nil)
    let night = services.nights.night(of: Fixtures.now)
    #expect(try! services.journal.routineNights(from: night, through: night).isEmpty, "no ✓ for the night")
  }

  @Test(arguments: [true, false])
  func bellRingsForCuesOnlyWhenTheBellIsOn(bell: Bool) {
    var pane = T.runningQuick(T.services(bell: bell))
    let expected: [Effect] = bell ? [.bell] : []
    #expect(pane.tick(at: T.at(1)) == [], "no cue at the first seconds of a hold")
    #expect(pane.tick(at: T.at(2)) == expected, "3")
    #expect(pane.tick(at: T.at(3)) == expected, "2")
    #expect(pane.tick(at: T.at(4)) == expected, "1")
    #expect(pane.tick(at: T.at(5)) == expected, "the rest begins")
    #expect(pane.tick(at: T.at(6)) == [], "no countdown in a rest")
  }

  @Test func aNewPhaseFlashesForAShortTimeWithItsOwnDeadline() {
    var pane = T.runningQuick()
    _ = pane.tick(at: T.at(5))
    #expect(pane.active?.isFlashing == true)
    #expect(pane.nextDeadline == T.monotonic(5.3))
    _ = pane.tick(at: T.at(5.3))
    #expect(pane.active?.isFlashing == false)
    #expect(pane.nextDeadline == T.monotonic(6))
  }

  @Test func countdownIsShownOnScreenInTheLastSecondsOfAHold() {
    var pane = T.runningQuick()
    _ = pane.tick(at: T.at(1))
    #expect(pane.active.map(RoutineRunView.signalLine(for:)) == .centered("", role: .text))
    _ = pane.tick(at: T.at(3))
    #expect(pane.active.map(RoutineRunView.signalLine(for:)) == .countdown(current: 2))
  }

  @Test func eachScreenHasItsOwnKeysWithoutClashingWithGlobalOnes() {
    for map in RoutinesPane.keyTables {
      #expect(map.merged(with: GlobalAction.keys.table).conflictingKeys.isEmpty, "\(map.title)")
    }
    var pane = RoutinesPane(services: T.services())
    #expect(pane.keyTable == RoutinesPane.listKeys.table)
    _ = pane.handle(.down, at: T.at(0))
    _ = pane.handle(.enter, at: T.at(0))
    #expect(pane.keyTable.footerRows.map(\.label) == ["pause", "skip", "back", "stop"])
    #expect(pane.handle(.character("q"), at: T.at(1)) == .ignored, "q reaches the app, which asks first")
  }

  @Test func quittingDuringARunAsksFirst() {
    var model = Fixtures.model(panes: [T.runningQuick()], focused: .routines)
    #expect(model.update(.key(.character("q"))).isEmpty)
    #expect(model.overlay == .confirmQuit)
  }
}

@Suite struct RoutineFileProblemsTests {
  @Test("a broken user routine is named at the foot of the list; the others still show")
  func brokenFileIsNamed() {
    let base = Fixtures.services()
    let library = RoutineLibrary(userFiles: [
      RoutineFile(id: "mine", file: "mine.toml", text: "name = \"Mine\"\nspeed = 3\n")
    ])
    let services = AppServices(
      journal: base.journal, nights: base.nights, settings: base.settings, routines: library, bell: false,
      clock: base.clock)
    let text = Fixtures.screen(
      Fixtures.model(panes: [RoutinesPane(services: services)]), width: 100, height: 30)
    #expect(text.contains("Not loaded: mine.toml:2"))
    #expect(text.contains("Warm foot soak"))
  }
}
