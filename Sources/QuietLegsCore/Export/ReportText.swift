import Foundation

/// Small wording helpers shared by the Markdown and HTML reports.
enum ReportText {
  static func date(_ date: Date, zone: TimeZone) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.timeZone = zone
    formatter.dateFormat = "d MMM yyyy, HH:mm"
    return formatter.string(from: date)
  }

  static func counts(_ items: [(String, Int)]) -> String {
    items.isEmpty ? "none" : items.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
  }

  static func severity(_ value: Double) -> String { value == 0 ? "-" : String(format: "%.1f", value) }

  static func longest(_ episode: Episode?) -> String {
    guard let episode, let seconds = episode.durationSeconds else { return "no durations logged" }
    return "\(DurationParser.format(seconds)) (\(episode.kind.rawValue), night of \(episode.night))"
  }

  static func lab(_ lab: LabResult) -> String {
    "\(lab.takenOn): \(lab.test.label) \(lab.formattedValue) \(lab.unit)"
  }

  static let labThresholds =
    "Reference lines: ferritin below 50 µg/L (seed 000); ferritin at or below 75 ng/mL or transferrin saturation under 20% (AASM 2025, IRLSSG 2018). Not a verdict."

  static func sources(_ ids: [String]) -> String { ids.joined(separator: ", ") }
}
