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

  @Test("Esc with answers given asks first: n stays with the answers, y leaves without saving")
  func escAsksThenLeavesWithoutSaving() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("Q"), .character("y"), .escape)
    #expect(harness.screen(width: 120, height: 40).contains("Leave and lose your answer? y leaves · n stays"))
    harness.press(.character("n"))
    guard case .questionnaire(let flow) = harness.pane.mode else {
      Issue.record("n should stay in the questions")
      return
    }
    #expect(flow.answers["urge"] == .yes && !flow.isAskingToLeave)
    harness.press(.escape, .character("y"))
    #expect(try services.journal.questionnaires().isEmpty)
    #expect(harness.pane.capturesKeys == false)
    #expect(harness.model.status?.text == "Left the questions; your answers were not saved.")
  }

  @Test("Esc before any answer leaves at once")
  func escWithoutAnswersLeavesAtOnce() throws {
    var harness = CausesHarness()
    harness.press(.character("Q"), .right, .escape)
    #expect(harness.pane.capturesKeys == false)
    #expect(harness.model.status?.text == "Left the questions; nothing saved.")
  }

  @Test("paging through with → saves nothing and keeps the earlier result")
  func pagingThroughKeepsTheEarlierResult() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("Q"))
    harness.type("yyyynnyu")
    harness.press(.enter)
    #expect(try services.journal.questionnaires().map(\.outcome) == ["maybe-rls"])
    harness.press(.character("Q"))
    for _ in 0..<8 { harness.press(.right) }
    #expect(try services.journal.questionnaires().map(\.outcome) == ["maybe-rls"])
    #expect(harness.pane.capturesKeys == false)
    #expect(
      harness.model.status?.text
        == "No question was answered, so nothing was saved. Your earlier answers are kept.")
    #expect(harness.screen(width: 120, height: 40).contains("maybe RLS"))
  }

  private func answer(for key: Character) -> String {
    switch key {
    case "y": "yes"
    case "n": "no"
    default: "unsure"
    }
  }
}
