import Foundation
import GRDB

/// Results of the "Cramp or RLS?" questionnaire.
extension Journal {
  /// Saves a completed questionnaire. A result without a single answer is refused: it would
  /// only hide the latest real one (reading through the questions is not answering them).
  @discardableResult
  public func saveQuestionnaire(_ result: QuestionnaireResult) throws(JournalError) -> QuestionnaireResult {
    if result.answers.isEmpty {
      throw .invalid(FieldError(field: "answers", message: "no question was answered; nothing was saved"))
    }
    let answers =
      (try? JSONEncoder().encode(result.answers)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return try write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO questionnaire (takenEpoch, answers, outcome) VALUES (?, ?, ?)",
        arguments: [Int64(result.takenAt.timeIntervalSince1970), answers, result.outcome])
      var saved = result
      saved.id = db.lastInsertedRowID
      return saved
    }
  }

  /// Every questionnaire result, oldest first.
  public func questionnaires() throws(JournalError) -> [QuestionnaireResult] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM questionnaire ORDER BY takenEpoch").map { row in
        let text: String = row["answers"]
        let answers = (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
        return QuestionnaireResult(
          id: row["id"], takenAt: Date(timeIntervalSince1970: TimeInterval(row["takenEpoch"] as Int64)),
          answers: answers, outcome: row["outcome"])
      }
    }
  }
}
