import Foundation
import QuietLegsCore

/// The texts of the "Cramp or RLS?" questionnaire: a question page, the result page and the summary
/// of the latest saved result.
enum QuestionnaireText {
  static let title = "Cramp or RLS?"
  static let purpose =
    "A few plain questions built on the IRLSSG criteria for restless legs and the signs of a cramp. "
    + "They sort your answers into a likely pattern; they do not diagnose."
  static let sources = ["irlssg-2014", "aafp-2012", "nhs-rls", "nhs-leg-cramps", "seed-004"]

  /// The page for the current question.
  static func questionLines(_ flow: QuestionnaireFlow, width: Int) -> [StyledLine] {
    let question = flow.current
    var lines = StyledLine.wrapped(
      "\(title) · Question \(flow.index + 1) of \(flow.questions.count)", width: width, role: .title)
    lines.append(StyledLine(text: progress(flow), role: .muted))
    lines.append(.blank)
    lines += StyledLine.wrapped(question.text, width: width)
    lines.append(.blank)
    let given = flow.answers[question.id]
    let choices = CrampOrRLSQuestionnaire.Answer.allCases.map { answer in
      let key = String(answer.rawValue.prefix(1))
      return given == answer ? "[\(key)] \(answer.rawValue) ◀" : "[\(key)] \(answer.rawValue)"
    }
    lines.append(StyledLine(text: choices.joined(separator: "   "), role: .key, indent: 2))
    lines.append(.blank)
    if flow.isAskingToLeave {
      let count = flow.answers.count == 1 ? "your answer" : "your \(flow.answers.count) answers"
      lines += StyledLine.wrapped(
        "Leave and lose \(count)? y leaves · n stays", width: width, role: .warning)
    } else {
      lines += StyledLine.wrapped(
        "← back · → next (skipping counts as unsure) · Esc leaves without saving", width: width, role: .muted)
    }
    lines.append(.blank)
    lines += StyledLine.wrapped(purpose, width: width, role: .muted)
    lines += StyledLine.wrapped(
      "Source: " + SourceCatalog.builtIn.shortNames(question.sources), width: width, role: .muted)
    return lines
  }

  /// The result page: the headline, the reasons and the sources.
  static func resultLines(_ result: CrampOrRLSQuestionnaire.Result, catalog: CauseCatalog, width: Int)
    -> [StyledLine]
  {
    var lines = StyledLine.wrapped("\(title) · Your answers are saved", width: width, role: .title)
    lines.append(.blank)
    lines += outcomeLines(result, width: width)
    lines.append(.blank)
    lines += SourceLines.lines(
      for: SourceLines.firstOccurrences(result.outcome.sources + sources), catalog: catalog, width: width)
    return lines
  }

  /// The latest saved result, for the details beside the list.
  static func summaryLines(
    latest: QuestionnaireResult?, nights: NightCalendar, catalog: CauseCatalog, width: Int
  ) -> [StyledLine] {
    var lines = StyledLine.wrapped(title, width: width, role: .title)
    lines += StyledLine.wrapped(purpose, width: width)
    lines.append(.blank)
    if let latest {
      let answers = latest.answers.compactMapValues(CrampOrRLSQuestionnaire.Answer.init(rawValue:))
      let result = CrampOrRLSQuestionnaire.evaluate(answers)
      lines += StyledLine.wrapped(
        "Your latest answers, \(nights.localDate(of: latest.takenAt)):", width: width, role: .accent)
      lines += outcomeLines(result, width: width)
      lines.append(.blank)
      lines += StyledLine.wrapped("Q answers the questions again.", width: width, role: .muted)
    } else {
      lines += StyledLine.wrapped("Not answered yet: press Q to start.", width: width, role: .muted)
    }
    lines.append(.blank)
    lines += SourceLines.lines(for: sources, catalog: catalog, width: width)
    return lines
  }

  /// A short word for the list: the outcome, or "not yet".
  static func shortOutcome(_ latest: QuestionnaireResult?) -> String {
    switch latest.flatMap({ CrampOrRLSQuestionnaire.Outcome(rawValue: $0.outcome) }) {
    case .cramps?: "cramps"
    case .maybeRLS?: "maybe RLS"
    case .unclear?: "unclear"
    case nil: "not yet"
    }
  }

  private static func outcomeLines(_ result: CrampOrRLSQuestionnaire.Result, width: Int) -> [StyledLine] {
    let role: StyleRole = result.outcome == .maybeRLS ? .warning : .title
    var lines = StyledLine.wrapped(result.outcome.headline, width: width, role: role, indent: 2)
    for reason in result.reasons {
      lines += StyledLine.bulleted(reason, width: width, indent: 2)
    }
    lines += StyledLine.wrapped(result.outcome.advice, width: width, role: .accent, indent: 2)
    return lines
  }

  /// One mark per question: answered (●) or not (○), the current one bracketed.
  private static func progress(_ flow: QuestionnaireFlow) -> String {
    flow.questions.enumerated().map { offset, question in
      let mark = flow.answers[question.id] == nil ? "○" : "●"
      return offset == flow.index ? "[\(mark)]" : mark
    }.joined(separator: " ")
  }
}
