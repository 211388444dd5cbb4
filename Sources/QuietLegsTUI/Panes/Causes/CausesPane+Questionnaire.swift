import QuietLegsCore

/// Keys while answering "Cramp or RLS?"; the answers are saved when the last question is passed,
/// unless none was given. Leaving with answers given asks first.
extension CausesPane {
  mutating func handleQuestionnaire(_ key: Key, flow: QuestionnaireFlow) -> PaneResponse {
    var flow = flow
    if flow.isFinished {
      if Keymap.causesQuestionnaireResult.action(for: key) == .close {
        mode = .browsing
        select(.questionnaire)
      }
      return .handled
    }
    if flow.isAskingToLeave {
      switch Keymap.causesQuestionnaireLeave.action(for: key) {
      case .confirm?:
        mode = .browsing
        return .handled([.status(StatusMessage("Left the questions; your answers were not saved."))])
      case .cancel?: flow.isAskingToLeave = false
      default: break
      }
      mode = .questionnaire(flow)
      return .handled
    }
    switch Keymap.causesQuestionnaire.action(for: key) {
    case .answerYes?: flow.answer(.yes)
    case .answerNo?: flow.answer(.no)
    case .answerUnsure?: flow.answer(.unsure)
    case .previousQuestion?: flow.back()
    case .nextQuestion?: flow.forward()
    case .cancel?:
      guard flow.hasAnswers else {
        mode = .browsing
        return .handled([.status(StatusMessage("Left the questions; nothing saved."))])
      }
      flow.isAskingToLeave = true
    default: return .handled
    }
    mode = .questionnaire(flow)
    guard let result = flow.result else { return .handled }
    guard flow.hasAnswers else {
      // Paging through to read the questions is not an answer: an earlier result stays.
      mode = .browsing
      select(.questionnaire)
      let kept = data.latestQuestionnaire == nil ? "" : " Your earlier answers are kept."
      return .handled([.status(StatusMessage("No question was answered, so nothing was saved.\(kept)"))])
    }
    return saveQuestionnaire(flow.storedAnswers, outcome: result.outcome)
  }

  private mutating func saveQuestionnaire(
    _ answers: [String: String], outcome: CrampOrRLSQuestionnaire.Outcome
  ) -> PaneResponse {
    let result = QuestionnaireResult(takenAt: now, answers: answers, outcome: outcome.rawValue)
    do {
      try services.journal.saveQuestionnaire(result)
    } catch {
      mode = .browsing
      return .handled([.status(StatusMessage(error.description, kind: .error))])
    }
    readJournal()
    return .handled([.journalChanged, .status(StatusMessage("Your answers are saved.", kind: .success))])
  }
}
