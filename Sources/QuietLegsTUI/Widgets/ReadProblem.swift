import QuietLegsCore

/// Why a pane could not read what it shows; every pane words and draws it the same way.
struct ReadProblem: Equatable, Sendable {
  /// The sentence shown, naming what failed and why.
  let text: String
  /// What to do next, shown below the sentence where there is room (a damaged journal).
  let advice: String?

  init(_ text: String, advice: String? = nil) {
    self.text = text
    self.advice = advice
  }

  static let restoreAdvice =
    "Nothing was changed. Press q to quit, then run `quietlegs restore FILE` with a copy from backups/."

  /// A failed journal read.
  static func journal(_ error: JournalError) -> ReadProblem {
    let advice: String?
    if case .damaged = error { advice = restoreAdvice } else { advice = nil }
    return ReadProblem("The journal could not be read: \(error)", advice: advice)
  }

  /// True when the journal's pages are damaged: nothing it holds can be shown.
  var isDamage: Bool { advice != nil }
}
