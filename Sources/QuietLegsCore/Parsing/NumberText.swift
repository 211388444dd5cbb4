import Foundation

/// Reads the numbers people type, strictly: ASCII digits, and for decimals one `.` or `,` with
/// digits on both sides. Hex (`0x10`), exponents (`1e3`), signs, `nan` and `inf` are refused,
/// where Swift's `Int(_:)` and `Double(_:)` would read some of them as numbers.
public enum NumberText {
  /// What a decimal may look like, for messages.
  public static let decimalForms = "digits, e.g. 42 or 18.5"
  /// Most digits after the decimal point.
  public static let maxDecimals = 4

  /// A whole number of 1 to 9 digits, maybe after a minus sign (so `-3` gets the range message of
  /// its field, not "not a number"); surrounding spaces allowed.
  public static func wholeNumber(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let digits = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
    guard (1...9).contains(digits.utf8.count), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
      return nil
    }
    return Int(trimmed)
  }

  /// True for digits with a decimal point followed by more than `maxDecimals` digits.
  public static func hasTooManyDecimals(_ text: String) -> Bool {
    let parts = text.trimmingCharacters(in: .whitespaces)
      .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
    return parts.count == 2 && parts[1].utf8.count > maxDecimals
      && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
  }

  /// A decimal of up to 7 whole digits and `maxDecimals` decimals (surrounding spaces allowed).
  public static func decimal(_ text: String) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
    guard (1...2).contains(parts.count), (1...7).contains(parts[0].utf8.count),
      parts.count == 1 || (1...maxDecimals).contains(parts[1].utf8.count),
      parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } })
    else { return nil }
    return Double(parts.joined(separator: "."))
  }

  /// A decimal as it was typed: no needless zeros or point (42, 18.5, 19.95, 0.04).
  public static func format(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e9 else { return "\(value)" }
    var text = String(format: "%.\(maxDecimals)f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}
