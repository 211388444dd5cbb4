import Foundation

/// Small wording helpers shared by the Markdown and HTML reports.
enum ReportText {
  /// `29 Nov 2026, 14:30` (or `2:30 pm` on the 12-hour clock) in `zone`.
  static func date(_ date: Date, zone: TimeZone, clock: ClockStyle) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.timeZone = zone
    formatter.dateFormat = "d MMM yyyy"
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return formatter.string(from: date) + ", " + clock.text(hour: parts.hour ?? 0, minute: parts.minute ?? 0)
  }

  static func counts(_ items: [(String, Int)]) -> String {
    items.isEmpty ? "none" : items.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
  }

  /// A mean worst severity (over nights with episodes; see `NightSummary.meanWorstSeverity`), or `-`
  /// when no night had one.
  static func severity(_ value: Double) -> String { value == 0 ? "-" : String(format: "%.1f", value) }

  /// `4.5 / 1.2`: a factor's mean worst severity with it and without it.
  static func severityPair(_ f: FactorComparison) -> String {
    "\(severity(f.meanSeverityWith)) / \(severity(f.meanSeverityWithout))"
  }

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
        + "it prompts the advice to see a GP when symptoms disturb sleep (\(r.sourceNames(JournalRedFlags.badNightsSources))).",
      "Restless legs came on " + String(format: "%.1f", r.rlsNightsPerWeek)
        + " nights a week on average over these "
        + "\(r.weeks.count) weeks. " + RedFlagSigns.rlsCourse.detail
        + " (\(r.sourceNames(RedFlagSigns.rlsCourse.sources))).",
    ]
  }

  /// "Same day: rule. What to do (sources)" for the list of signs every report repeats.
  static func sign(_ flag: RedFlag, _ r: DoctorReport) -> String {
    "\(flag.urgency.label): \(flag.rule). \(flag.detail). \(flag.advice) (sources: \(r.sourceNames(flag.sources)))"
  }
}
