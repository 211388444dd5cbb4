/// A guideline value a lab result can be compared with, what it means and its sources.
/// Only guidance draws a line; a popular article's figure never stands beside it as an equal.
public struct LabReference: Sendable, Equatable {
  public let test: LabTest
  public let value: Double
  /// The value with its unit, as a chart labels it.
  public let label: String
  public let meaning: String
  public let sources: [String]

  /// Ferritin at or below this (ng/mL = µg/L) is where guidance offers iron for RLS.
  public static let ferritinIron = 75.0
  /// Between `ferritinIron` and this, guidance says iron through a drip may still be considered.
  public static let ferritinIntravenous = 100.0
  /// Transferrin saturation under this (%) is where guidance offers iron for RLS.
  public static let tsatIron = 20.0

  /// The lines every lab view draws.
  public static let all: [LabReference] = [
    LabReference(
      test: .ferritin, value: ferritinIron, label: "75 ng/mL",
      meaning: "at or below it, guidance offers iron to people with restless legs (µg/L is the same number)",
      sources: ["aasm-2024", "irlssg-2018"]),
    LabReference(
      test: .ferritin, value: ferritinIntravenous, label: "100 ng/mL",
      meaning: "from 75 to 100, guidance says iron through a drip may still be considered",
      sources: ["aasm-2024"]),
    LabReference(
      test: .tsat, value: tsatIron, label: "20 %",
      meaning: "under it, the same guidance offers iron for restless legs",
      sources: ["aasm-2024"]),
  ]

  /// The lines for one test.
  public static func `for`(_ test: LabTest) -> [LabReference] { all.filter { $0.test == test } }

  /// How to take the test so the value means something.
  public static let howToTest =
    "Test in the morning, with no iron tablets (and ideally no iron-rich meal) in the 24 hours before."

  /// The one-paragraph reference note for a test, with its sources' short names; never a verdict.
  public static func note(_ test: LabTest, catalog: CauseCatalog = .builtIn) -> String {
    switch test {
    case .ferritin:
      "For reference: guidance (\(catalog.shortNames(["aasm-2024", "irlssg-2018"]))) offers iron for "
        + "restless legs at a ferritin of 75 ng/mL or lower, and may consider iron through a drip up to 100. "
        + "Your doctor interprets your value."
    case .tsat:
      "For reference: guidance (\(catalog.shortNames(["aasm-2024"]))) offers iron for restless legs at a "
        + "transferrin saturation under 20%. Your doctor interprets your value."
    }
  }
}
