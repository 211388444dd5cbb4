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

  /// The value as typed, without needless zeros (42, 18.5, 19.95, 0.04); never rounded to one
  /// decimal, so what is shown is what the lab report said.
  public var formattedValue: String { NumberText.format(value) }

  /// Reads a typed value: a decimal (`.` or `,`), for transferrin saturation with an optional
  /// trailing `%` (`25%`, `25 %`). Hex, exponents, `nan` and `inf` are refused.
  public static func parseValue(_ text: String, test: LabTest) throws(FieldError) -> Double {
    var number = text.trimmingCharacters(in: .whitespaces)
    if number.hasSuffix("%") {
      guard test == .tsat else {
        throw FieldError(
          field: "value", message: "'\(text)': ferritin is in ng/mL or ug/L, not %; type the number alone")
      }
      number = String(number.dropLast())
    }
    guard let value = NumberText.decimal(number) else {
      throw FieldError(
        field: "value",
        message: number.isEmpty
          ? "type the number from your lab report"
          : NumberText.hasTooManyDecimals(number)
            ? "'\(text)' has more than \(NumberText.maxDecimals) decimals; type it as on the report"
            : "'\(text)' is not a number; use \(NumberText.decimalForms)")
    }
    return value
  }

  /// A transferrin saturation of more than 0 and at most 1 is most likely a fraction (0.25 for
  /// 25 %): the question to ask before saving it as typed, or nil.
  public static func fractionQuestion(test: LabTest, value: Double) -> FieldError? {
    guard test == .tsat, value > 0, value <= 1 else { return nil }
    return FieldError(
      field: "value",
      message:
        "\(NumberText.format(value)) % looks like a fraction: did you mean \(NumberText.format(value * 100)) %?"
    )
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
