import QuietLegsCore

/// A line a lab value can be compared with, what it means and where it comes from.
struct LabThreshold: Equatable {
  let test: LabTest
  let value: Double
  /// The value with its unit, as the chart labels it.
  let label: String
  let meaning: String
  let sources: [String]

  /// The lines the lab history is drawn against.
  static let all: [LabThreshold] = [
    LabThreshold(
      test: .ferritin, value: PersonalRedFlags.ferritinSeed, label: "50 µg/L",
      meaning: "one article's point for paying attention (µg/L and ng/mL are the same number)",
      sources: ["seed-000"]),
    LabThreshold(
      test: .ferritin, value: PersonalRedFlags.ferritinGuideline, label: "75 ng/mL",
      meaning: "at or below it, current guidance offers iron to people with restless legs",
      sources: ["aasm-2025", "irlssg-2018"]),
    LabThreshold(
      test: .tsat, value: PersonalRedFlags.tsatGuideline, label: "20 %",
      meaning: "under it, the same guidance offers iron for restless legs",
      sources: ["aasm-2025"]),
  ]

  /// The value as a plain number for the chart's axis.
  var number: String { value == value.rounded() ? String(Int(value)) : String(value) }

  static func `for`(_ test: LabTest) -> [LabThreshold] { all.filter { $0.test == test } }
}
