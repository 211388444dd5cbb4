import QuietLegsCore

/// Walking through the "Cramp or RLS?" questions: the current question, the answers so far,
/// and the result once the last question is passed.
struct QuestionnaireFlow: Equatable {
  typealias Answer = CrampOrRLSQuestionnaire.Answer

  let questions = CrampOrRLSQuestionnaire.questions
  private(set) var index = 0
  private(set) var answers: [String: Answer] = [:]
  /// Set when the questions are done.
  private(set) var result: CrampOrRLSQuestionnaire.Result?
  /// True while asking whether to leave and lose the answers given so far.
  var isAskingToLeave = false

  /// Whether any question has been answered (a run without answers is never saved).
  var hasAnswers: Bool { !answers.isEmpty }

  var current: CrampOrRLSQuestionnaire.Question { questions[index] }
  var isFinished: Bool { result != nil }

  /// Records an answer to the current question and moves on.
  mutating func answer(_ answer: Answer) {
    guard !isFinished else { return }
    answers[current.id] = answer
    forward()
  }

  /// Moves to the next question, or finishes after the last (unanswered questions count as unsure).
  mutating func forward() {
    guard !isFinished else { return }
    if index + 1 < questions.count {
      index += 1
    } else {
      result = CrampOrRLSQuestionnaire.evaluate(answers)
    }
  }

  /// Moves to the previous question.
  mutating func back() {
    guard !isFinished else { return }
    index = max(0, index - 1)
  }

  /// The answers as the journal stores them (question id -> answer id).
  var storedAnswers: [String: String] { answers.mapValues(\.rawValue) }
}
