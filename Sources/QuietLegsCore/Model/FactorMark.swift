/// An evening factor noted for a night (e.g. `caffeine-late` on 2026-11-21).
public struct FactorMark: Sendable, Hashable, Codable {
  public var night: CivilDate
  public var factorId: String

  public init(night: CivilDate, factorId: String) {
    self.night = night
    self.factorId = factorId
  }
}
