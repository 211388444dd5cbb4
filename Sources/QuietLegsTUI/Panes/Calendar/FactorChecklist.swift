import QuietLegsCore

/// The evening factors of one night as a checklist: which are ticked and where the cursor is.
struct FactorChecklist: Equatable {
  let night: CivilDate
  let factors: [EveningFactor]
  private(set) var ticked: Set<String>
  private(set) var cursor = 0

  init(night: CivilDate, factors: [EveningFactor], ticked: [String]) {
    self.night = night
    self.factors = factors
    self.ticked = Set(ticked)
  }

  /// The factor under the cursor.
  var current: EveningFactor? { factors.indices.contains(cursor) ? factors[cursor] : nil }

  mutating func move(by step: Int) {
    guard !factors.isEmpty else { return }
    cursor = min(max(0, cursor + step), factors.count - 1)
  }

  /// Takes in the ticks as the journal holds them now (another terminal may have changed them),
  /// so the next Space acts on what is shown.
  mutating func refresh(ticked now: [String]) {
    ticked = Set(now)
  }

  /// Ticks or unticks the factor under the cursor; returns it and whether it is now ticked.
  mutating func toggle() -> (factor: EveningFactor, ticked: Bool)? {
    guard let factor = current else { return nil }
    if ticked.remove(factor.id) == nil {
      ticked.insert(factor.id)
      return (factor, true)
    }
    return (factor, false)
  }
}
