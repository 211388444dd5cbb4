import QuietLegsCore
import Testing

@Suite struct RoutineCueTests {
  /// A 10 s hold twice with a 5 s rest: holds 0-10 and 15-25, rest 10-15.
  let routine = Routine(
    id: "raises", name: "Raises",
    steps: [RoutineStep(title: "Rise", seconds: 10, repetitions: 2, restSeconds: 5)])
  let start = sec(100)

  @Test func holdsCountDownThreeTwoOneAndPhasesRing() {
    let run = RoutineRun(routine: routine, startedAt: start)
    let plan = run.plan
    #expect(
      run.cues(from: start, to: start + sec(30)) == [
        .countdown(3), .countdown(2), .countdown(1), .phaseStarted(plan.phases[1]),
        .phaseStarted(plan.phases[2]), .countdown(3), .countdown(2), .countdown(1), .finished,
      ])
  }

  @Test func cuesFallOnTheirWholeSecond() {
    let run = RoutineRun(routine: routine, startedAt: start)
    #expect(run.cues(from: start + ms(6_500), to: start + ms(6_999)).isEmpty)
    #expect(run.cues(from: start + ms(6_500), to: start + sec(7)) == [.countdown(3)])
    #expect(run.cues(from: start + sec(7), to: start + ms(7_999)).isEmpty)
    #expect(run.cues(from: start + sec(9), to: start + sec(10)) == [.phaseStarted(run.plan.phases[1])])
  }

  @Test func shortHoldsBeepOnlyAfterTheyBegin() {
    let short = Routine(
      id: "s", name: "S", steps: [RoutineStep(title: "A", seconds: 3), RoutineStep(title: "B", seconds: 1)])
    let run = RoutineRun(routine: short, startedAt: .zero)
    #expect(
      run.cues(from: .zero, to: sec(4)) == [
        .countdown(2), .countdown(1), .phaseStarted(run.plan.phases[1]), .finished,
      ])
  }

  @Test func takeCuesFollowsPausesWithoutRepeatsOrGaps() {
    var run = RoutineRun(routine: routine, startedAt: start)
    #expect(run.takeCues(at: start + ms(7_500)) == [.countdown(3)])
    run.pause(at: start + ms(7_800))
    #expect(run.takeCues(at: start + sec(60)).isEmpty)
    run.resume(at: start + sec(90))
    #expect(run.takeCues(at: start + sec(90)).isEmpty)
    // 7.8 s of active time at resume: the "2" is due 0.2 s later.
    #expect(run.takeCues(at: start + ms(90_199)).isEmpty)
    #expect(run.takeCues(at: start + ms(90_200)) == [.countdown(2)])
  }

  @Test func skippedTimeRingsNothingAndBackRingsAgain() {
    var run = RoutineRun(routine: routine, startedAt: start)
    #expect(run.takeCues(at: start + sec(9)).count == 3)
    run.back(at: start + sec(9))
    #expect(run.takeCues(at: start + sec(16)) == [.countdown(3)])
    run.skip(at: start + sec(16))
    #expect(run.takeCues(at: start + sec(16)).isEmpty)
    #expect(run.status(at: start + sec(16)) == .finished)
  }
}
