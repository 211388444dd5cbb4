import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// A stop with Ctrl-Z (SIGTSTP) pauses a running routine: nobody sees or hears it meanwhile.
@Suite struct RoutineSuspendTests {
  typealias T = RoutineTestSupport

  @Test("a routine pauses when the program is stopped and says so on return")
  func suspendPausesTheRoutine() {
    var pane = T.runningQuick()
    _ = pane.tick(at: T.at(1))
    #expect(pane.active?.snapshot.remainingSeconds == 4)
    pane.willSuspend(at: T.at(1.2))
    #expect(pane.active?.isPaused == true)
    #expect(pane.nextDeadline == nil, "no tick while stopped")
    // Ten seconds stopped: the countdown has not moved.
    let effects = pane.didResume(at: T.at(11.2))
    _ = pane.tick(at: T.at(11.2))
    #expect(pane.active?.snapshot.remainingSeconds == 4)
    guard case .status(let message)? = effects.first else {
      Issue.record("no message on return: \(effects)")
      return
    }
    #expect(message.text.contains("paused while QuietLegs was stopped (Ctrl-Z)"))
    #expect(pane.didResume(at: T.at(12)).isEmpty, "said once")
    _ = pane.handle(.character(" "), at: T.at(12))
    #expect(pane.active?.isPaused == false, "Space carries on")
  }

  @Test("a routine the person had paused stays paused, with nothing to say")
  func alreadyPausedStaysQuiet() {
    var pane = T.runningQuick()
    _ = pane.handle(.character(" "), at: T.at(1))
    pane.willSuspend(at: T.at(2))
    #expect(pane.didResume(at: T.at(20)).isEmpty)
    #expect(pane.active?.isPaused == true)
  }
}
