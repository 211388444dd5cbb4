import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// "Cramp or RLS?" through the pane: each outcome, going back, and what is stored.
@Suite struct CausesQuestionnaireTests {
  /// Answers in question order: urge, rest, movement, evening, explained, hard, pain, stretch.
  static let paths: [(keys: String, outcome: CrampOrRLSQuestionnaire.Outcome)] = [
    ("nnnnyyyy", .cramps),
    ("yyyynnnn", .maybeRLS),
    ("uuuuuuuu", .unclear),
  ]

  @Test(arguments: 0..<3)
  func eachPathEndsInItsOutcomeAndIsStored(index: Int) throws {
    let (keys, outcome) = Self.paths[index]
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("Q"))
    harness.type(keys)
    let screen = harness.screen()
    #expect(screen.contains(outcome.headline))
    let stored = try services.journal.questionnaires()
    #expect(stored.count == 1)
    #expect(stored.first?.outcome == outcome.rawValue)
    #expect(stored.first?.takenAt == Fixtures.now)
    let ids = CrampOrRLSQuestionnaire.questions.map(\.id)
    let expected = Dictionary(uniqueKeysWithValues: zip(ids, keys.map { answer(for: $0) }))
    #expect(stored.first?.answers == expected)
    harness.press(.enter)
    #expect(harness.pane.selection == .questionnaire)
    #expect(harness.screen(width: 120, height: 40).contains("Your latest answers, 2024-05-14:"))
  }

  @Test func backChangesAnEarlierAnswerAndSkippingCountsAsUnsure() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("Q"), .character("n"), .left, .character("y"))
    guard case .questionnaire(let flow) = harness.pane.mode else {
      Issue.record("the questions should still be open")
      return
    }
    #expect(flow.index == 1)
    #expect(flow.answers["urge"] == .yes)
    for _ in 0..<7 { harness.press(.right) }
    let stored = try services.journal.questionnaires()
    #expect(stored.first?.answers == ["urge": "yes"])
    #expect(stored.first?.outcome == "unclear")
  }

  @Test func escLeavesWithoutSaving() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("Q"), .character("y"), .escape)
    #expect(try services.journal.questionnaires().isEmpty)
    #expect(harness.pane.mode.capturesKeys == false)
  }

  private func answer(for key: Character) -> String {
    switch key {
    case "y": "yes"
    case "n": "no"
    default: "unsure"
    }
  }
}
