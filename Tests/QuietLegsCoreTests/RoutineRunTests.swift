import Foundation
import QuietLegsCore
import Testing

@Suite struct RoutineRunTests {
  let start = ms(1_000_250)  // an arbitrary monotonic instant, not on a whole second

  @Test func planExpandsRepeatsRestsAndAlternateSides() {
    let plan = RoutinePlan(routine: RoutineFixtures.calves)
    #expect(plan.phases.map(\.startSecond) == [0, 30, 40, 70, 80, 110])
    #expect(plan.phases.map(\.isRest) == [false, true, false, true, false, false])
    #expect(plan.phases.map(\.side) == [.left, nil, .right, nil, .left, nil])
    #expect(plan.phases.map(\.repetition) == [1, 1, 2, 2, 3, 1])
    #expect(plan.stepStartSeconds == [0, 110])
    #expect(plan.totalSeconds == 130)
    #expect(RoutineFixtures.calves.totalSeconds == 130)
  }

  @Test func snapshotCountsDownInWholeSeconds() {
    let run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    let first = run.snapshot(at: start)
    #expect(first.status == .running)
    #expect(first.phase.title == "Wall calf stretch" && first.phase.cue == "Heel down")
    #expect(first.phase.side == .left && first.phase.repetition == 1 && first.phase.repetitions == 3)
    #expect(first.remainingSeconds == 30 && first.phaseProgress == 0 && first.routineProgress == 0)
    #expect(first.nextPhase?.isRest == true)
    #expect(first.nextStepTitle == "Long legs")
    #expect(first.stepCount == 2)
    #expect(run.snapshot(at: start + ms(300)).remainingSeconds == 30)
    #expect(run.snapshot(at: start + sec(1)).remainingSeconds == 29)
    let middle = run.snapshot(at: start + sec(15))
    #expect(middle.phaseProgress == 0.5)
    #expect(middle.remainingRoutineSeconds == 115)
  }

  @Test func restsSitBetweenRepeatsAndShowTheComingSide() {
    let run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    let rest = run.snapshot(at: start + sec(35))
    #expect(rest.phase.isRest && rest.phase.side == nil && rest.remainingSeconds == 5)
    #expect(rest.nextPhase?.side == .right && rest.nextPhase?.repetition == 2)
    let last = run.snapshot(at: start + sec(120))
    #expect(last.phase.stepIndex == 1 && last.nextPhase == nil && last.nextStepTitle == nil)
  }

  @Test func finishesAtTheTotalAndCountsAsCompleted() {
    let run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    #expect(run.outcome(at: start + ms(129_999)) == nil)
    let end = run.snapshot(at: start + sec(130))
    #expect(end.status == .finished && end.remainingSeconds == 0)
    #expect(end.phaseProgress == 1 && end.routineProgress == 1)
    #expect(run.outcome(at: start + sec(500)) == .completed)
    #expect(run.nextDeadline(after: start + sec(130)) == nil)
  }

  @Test func pauseFreezesAndResumeShiftsDeadlinesByThePausedTime() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    run.pause(at: start + ms(12_400))
    #expect(run.status(at: start + sec(50)) == .paused)
    #expect(run.snapshot(at: start + sec(50)).remainingSeconds == 18)
    #expect(run.nextDeadline(after: start + sec(50)) == nil)
    #expect(run.outcome(at: start + sec(50)) == nil)
    run.resume(at: start + ms(20_100))  // paused 7.7 s
    #expect(run.elapsed(at: start + ms(20_100)) == ms(12_400))
    #expect(run.nextDeadline(after: start + ms(20_100)) == start + ms(7_700) + sec(13))
    #expect(run.snapshot(at: start + ms(7_700) + sec(13)).remainingSeconds == 17)
    #expect(run.snapshot(at: start + ms(7_700) + sec(130)).status == .finished)
    #expect(run.snapshot(at: start + ms(7_699) + sec(130)).status == .running)
  }

  @Test func deadlinesLandExactlyOnWholeSecondsAfterManyPauses() {
    var run = RoutineRun(routine: RoutineFixtures.soak, startedAt: start)
    var now = start
    var paused = Duration.zero
    for index in 1...50 {
      now += ms(Int64(index * 37))
      run.pause(at: now)
      let pause = ms(Int64(index * 113))
      now += pause
      paused += pause
      run.resume(at: now)
      let deadline = run.nextDeadline(after: now)
      let active = now - start - paused
      #expect(deadline == start + paused + .seconds(active.components.seconds + 1))
    }
  }

  @Test func togglePauseSwitchesBetweenTheTwo() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    run.togglePause(at: start + sec(1))
    #expect(run.status(at: start + sec(2)) == .paused)
    run.togglePause(at: start + sec(3))
    #expect(run.elapsed(at: start + sec(4)) == sec(2))
  }

  @Test func skipGoesToTheNextStepThenToTheEnd() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    run.skip(at: start + sec(5))
    #expect(run.snapshot(at: start + sec(5)).phase.stepIndex == 1)
    #expect(run.elapsed(at: start + sec(5)) == sec(110))
    #expect(run.nextDeadline(after: start + sec(5)) == start + sec(6))
    run.skip(at: start + sec(6))
    #expect(run.status(at: start + sec(6)) == .finished)
    #expect(run.outcome(at: start + sec(6)) == .skippedThrough(stepsDone: 0))
  }

  @Test func skipWhilePausedStaysPaused() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    run.pause(at: start + sec(5))
    run.skip(at: start + sec(9))
    #expect(run.status(at: start + sec(20)) == .paused)
    #expect(run.elapsed(at: start + sec(20)) == sec(110))
    run.resume(at: start + sec(30))
    #expect(run.elapsed(at: start + sec(31)) == sec(111))
  }

  @Test func backRestartsTheStepOrGoesToThePreviousOne() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    run.skip(at: start)  // now in step 2 at 110 s of active time
    run.back(at: start + sec(5))  // 5 s into step 2: restart it
    #expect(run.elapsed(at: start + sec(5)) == sec(110))
    run.back(at: start + sec(7))  // 2 s into step 2: previous step
    #expect(run.elapsed(at: start + sec(7)) == .zero)
    run.back(at: start + sec(8))  // first step, 1 s in: restart it
    #expect(run.elapsed(at: start + sec(8)) == .zero)
    #expect(run.snapshot(at: start + sec(8)).phase.side == .left)
  }

  @Test func stopRecordsTheStepAndEndsControl() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    run.stop(at: start + sec(50))
    #expect(run.status(at: start + sec(60)) == .stopped)
    #expect(run.outcome(at: start + sec(60)) == .stopped(atStep: 0))
    #expect(run.nextDeadline(after: start + sec(60)) == nil)
    run.resume(at: start + sec(70))
    run.skip(at: start + sec(70))
    #expect(run.elapsed(at: start + sec(80)) == sec(50))
    #expect(run.status(at: start + sec(500)) == .stopped)
  }

  @Test func controlsAfterTheEndChangeNothing() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    let before = run
    run.stop(at: start + sec(200))
    run.back(at: start + sec(200))
    run.pause(at: start + sec(200))
    #expect(run == before)
    #expect(run.outcome(at: start + sec(200)) == .completed)
  }

  @Test func aTwentyMinuteSoakRunsToTheEndByFollowingDeadlines() {
    var run = RoutineRun(routine: RoutineFixtures.soak, startedAt: start)
    var now = start
    var ticks = 0
    var cues: [RoutineCue] = []
    while let deadline = run.nextDeadline(after: now) {
      #expect(deadline == start + .seconds(ticks + 1))
      now = deadline
      ticks += 1
      cues += run.takeCues(at: now)
    }
    #expect(ticks == 1200)
    #expect(run.outcome(at: now) == .completed)
    #expect(cues.filter { if case .phaseStarted = $0 { true } else { false } }.count == 3)
    #expect(cues.filter { if case .countdown = $0 { true } else { false } }.count == 12)
    #expect(cues.last == .finished)
  }

  @Test func sessionRecordsTheOutcome() {
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    let done = RoutineSession(routineId: "soak", startedAt: date, endedAt: date + 60, outcome: .completed)
    #expect(done.completed && done.stoppedAtStep == nil)
    let stopped = RoutineSession(
      routineId: "soak", startedAt: date, endedAt: date, outcome: .stopped(atStep: 2))
    #expect(!stopped.completed && stopped.stoppedAtStep == 2)
  }
}

/// Steps done in full: what a run counts, and what the journal keeps of it.
@Suite struct RoutineStepsDoneTests {
  let start = ms(1_000_250)

  @Test("skipping every step reaches the end with no step done, which is not a completed routine")
  func skippingEverythingIsNotCompleted() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    run.skip(at: start + sec(1))
    run.skip(at: start + sec(2))
    #expect(run.status(at: start + sec(2)) == .finished)
    #expect(run.stepsDoneInFull(at: start + sec(2)) == 0)
    #expect(run.outcome(at: start + sec(2)) == .skippedThrough(stepsDone: 0))
  }

  @Test("a step played through counts; one cut short by a skip does not; back then through counts")
  func countsStepsPlayedThrough() {
    var run = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    #expect(run.stepsDoneInFull(at: start + sec(109)) == 0)
    #expect(run.stepsDoneInFull(at: start + sec(110)) == 1)
    run.skip(at: start + sec(115))
    #expect(run.outcome(at: start + sec(115)) == .skippedThrough(stepsDone: 1))

    var again = RoutineRun(routine: RoutineFixtures.calves, startedAt: start)
    again.skip(at: start + sec(5))  // step 1 cut short
    again.back(at: start + sec(6))  // 1 s into step 2: back to the start of step 1
    again.pause(at: start + sec(50))
    again.resume(at: start + sec(80))  // a pause does not break a step
    #expect(again.outcome(at: start + sec(6 + 130 + 30)) == .completed)
    #expect(again.stepsDoneInFull(at: start + sec(6 + 130 + 30)) == 2)
  }

  @Test("the session keeps steps done and the count; only all steps done is completed")
  func sessionKeepsStepsDone() throws {
    let temp = try TempJournal()
    let date = instant("2026-11-22 21:00")
    let skipped = RoutineSession(
      routineId: "bedtime-ritual", startedAt: date, endedAt: date + 2, outcome: .skippedThrough(stepsDone: 1),
      stepsDone: 1, stepCount: 6)
    #expect(!skipped.completed && skipped.stoppedAtStep == nil)
    try temp.journal.saveSession(skipped, nights: temp.nights)
    let night = day("2026-11-22")
    #expect(try temp.journal.sessions(from: night, through: night).map(\.session) == [skipped])
    #expect(try temp.journal.routineNights(from: night, through: night).isEmpty)
  }
}
