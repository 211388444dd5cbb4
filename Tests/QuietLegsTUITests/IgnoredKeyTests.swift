import Testing

@testable import QuietLegsTUI

/// Keys that mean nothing leave the frame alone.
@Suite struct IgnoredKeyTests {
  @Test("an unknown sequence or a paste does not answer the quit question")
  func pasteDoesNotAnswerTheQuitQuestion() {
    var model = Fixtures.model(panes: [RoutineTestSupport.runningQuick()], focused: .routines)
    _ = model.update(.key(.character("q")))
    #expect(model.overlay == .confirmQuit)
    #expect(model.update(.key(.paste("y"))).isEmpty)
    #expect(model.update(.key(.unknown)).isEmpty)
    #expect(model.overlay == .confirmQuit, "still asking")
  }
}
