import QuietLegsCore

/// The guideline lines the lab history is drawn against (`LabReference` in the core).
typealias LabThreshold = LabReference

extension LabReference {
  /// The value as a plain number for the chart's axis.
  var number: String { value == value.rounded() ? String(Int(value)) : String(value) }
}
