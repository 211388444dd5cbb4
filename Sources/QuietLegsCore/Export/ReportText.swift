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
    LabReference.note(.ferritin) + " " + LabReference.note(.tsat) + " " + LabReference.howToTest

  /// Under the weekly table: what the bad-nights line is, and what is known about how often RLS comes.
  static func nightsNotes(_ r: DoctorReport) -> [String] {
    [
      "The line at more than \(DoctorReport.badNightLine) bad nights a week is \(JournalRedFlags.ruleOfThumb): "
        + "it prompts the advice to see a GP when symptoms disturb sleep (\(r.sourceNames(["nhs-rls", "nhs-leg-cramps"]))).",
      "Restless legs came on " + String(format: "%.1f", r.rlsNightsPerWeek)
        + " nights a week on average over these "
        + "\(r.weeks.count) weeks. " + RedFlagSigns.rlsCourse.detail
        + " (\(r.sourceNames(["irlssg-2014"]))).",
    ]
  }

  /// "Same day: rule. What to do (sources)" for the list of signs every report repeats.
  static func sign(_ flag: RedFlag, _ r: DoctorReport) -> String {
    "\(flag.urgency.label): \(flag.rule). \(flag.detail). \(flag.advice) (sources: \(r.sourceNames(flag.sources)))"
  }
}
