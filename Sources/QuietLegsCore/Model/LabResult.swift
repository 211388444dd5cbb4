import Foundation

/// A blood test the cause checklist keeps a history of.
public enum LabTest: String, Sendable, CaseIterable, Codable {
  case ferritin
  /// Transferrin saturation, in percent.
  case tsat

  public var label: String {
    switch self {
    case .ferritin: "Ferritin"
    case .tsat: "Transferrin saturation"
    }
  }

  /// Units accepted for this test; the first is the one values are compared in.
  public var units: [String] {
    switch self {
    case .ferritin: ["ng/mL", "ug/L"]
    case .tsat: ["%"]
    }
  }

  /// Values outside this range are refused as typing mistakes.
  public var plausibleRange: ClosedRange<Double> {
    switch self {
    case .ferritin: 0...5000
    case .tsat: 0...100
    }
  }
}

/// One lab value with its date and unit.
public struct LabResult: Sendable, Equatable, Identifiable {
  public var id: Int64?
  public var uuid: String
  public var test: LabTest
  public var value: Double
  /// As entered: `ng/mL`, `ug/L` (same number for ferritin) or `%`.
  public var unit: String
  public var takenOn: CivilDate

  public init(
    id: Int64? = nil, uuid: String = UUID().uuidString.lowercased(), test: LabTest, value: Double,
    unit: String, takenOn: CivilDate
  ) {
    self.id = id
    self.uuid = uuid
    self.test = test
    self.value = value
    self.unit = unit
    self.takenOn = takenOn
  }

  /// The value without a needless `.0` (42, 18.5).
  public var formattedValue: String {
    value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(format: "%.1f", value)
  }

  /// Checks the unit and value; returns the problem when there is one.
  public static func validate(test: LabTest, value: Double, unit: String) -> FieldError? {
    guard test.units.contains(unit) else {
      return FieldError(
        field: "unit",
        message: "'\(unit)' is not allowed for \(test.rawValue); use \(test.units.joined(separator: " or "))")
    }
    guard value.isFinite, test.plausibleRange.contains(value) else {
      return FieldError(
        field: "value",
        message:
          "\(value) is outside \(Int(test.plausibleRange.lowerBound))-\(Int(test.plausibleRange.upperBound)) \(test.units[0])"
      )
    }
    return nil
  }

  /// Normalises unit spellings: `µg/L`, `mcg/l`, `ng/ml`, `percent`.
  public static func canonicalUnit(_ text: String) -> String {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "ng/ml": "ng/mL"
    case "ug/l", "µg/l", "μg/l", "mcg/l": "ug/L"
    case "%", "percent", "pct": "%"
    default: text
    }
  }
}
