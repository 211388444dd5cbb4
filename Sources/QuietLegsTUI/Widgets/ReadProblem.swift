import QuietLegsCore

/// Why a pane could not read what it shows; every pane words and draws it the same way.
struct ReadProblem: Equatable, Sendable {
  /// The sentence shown on one row, naming what failed and why.
  let text: String
  /// For a damaged journal, what the view says where it has room: a heading, the problem in
  /// full and what to do next (nothing it holds can be shown, so the pane gives way to this).
  let damage: Damage?

  /// The longer account of a damaged journal.
  struct Damage: Equatable, Sendable {
    let detail: String
    static let heading = "The journal is damaged and cannot be read"
    static let advice =
      "Nothing was changed. Press q to quit, then run `quietlegs restore FILE` with a copy from backups/."
  }

  init(_ text: String, damage: Damage? = nil) {
    self.text = text
    self.damage = damage
  }

  /// A failed journal read.
  static func journal(_ error: JournalError) -> ReadProblem {
    let damage: Damage?
    if case .damaged = error { damage = Damage(detail: error.description) } else { damage = nil }
    return ReadProblem("The journal could not be read: \(error)", damage: damage)
  }

  /// True when the journal's pages are damaged: nothing it holds can be shown.
  var isDamage: Bool { damage != nil }
}
