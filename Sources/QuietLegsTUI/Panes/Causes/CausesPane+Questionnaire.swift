import QuietLegsCore

/// Keys while answering "Cramp or RLS?"; the answers are saved when the last question is passed,
/// unless none was given. Leaving with answers given asks first.
extension CausesPane {
  mutating func handleQuestionnaire(_ key: Key, flow: QuestionnaireFlow) -> PaneResponse {
    var flow = flow
    if flow.isFinished {
      switch Self.resultKeys.action(for: key) {
      case .close?:
        mode = .browsing
        select(.questionnaire)
      case nil: break
      }
      return .handled
    }
    if flow.isAskingToLeave {
      switch Self.leaveKeys.action(for: key) {
      case .confirm?:
        mode = .browsing
        return .handled([.status(StatusMessage("Left the questions; your answers were not saved."))])
      case .cancel?: flow.isAskingToLeave = false
      case nil: break
      }
      mode = .questionnaire(flow)
      return .handled
    }
    switch Self.questionKeys.action(for: key) {
    case .yes?: flow.answer(.yes)
    case .no?: flow.answer(.no)
    case .unsure?: flow.answer(.unsure)
    case .previous?: flow.back()
    case .next?: flow.forward()
    case .leave?:
      guard flow.hasAnswers else {
        mode = .browsing
        return .handled([.status(StatusMessage("Left the questions; nothing saved."))])
      }
      flow.isAskingToLeave = true
    case nil: return .handled
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
