import Foundation
import GRDB

/// Results of the "Cramp or RLS?" questionnaire.
extension Journal {
  /// Saves a completed questionnaire.
  @discardableResult
  public func saveQuestionnaire(_ result: QuestionnaireResult) throws(JournalError) -> QuestionnaireResult {
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
