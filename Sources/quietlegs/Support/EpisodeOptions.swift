import ArgumentParser
import Foundation
import QuietLegsCore

/// The episode fields `log` and `edit` accept; values are checked here so each problem is a
/// one-line message naming the field and what is allowed.
struct EpisodeOptions: ParsableArguments {
  @Option(help: ArgumentHelp("When it started: \(WhenParser.allowed).", valueName: "when"))
  var at: String?

  // Unconditional, so that `--severity -3` reaches the range check instead of reading as an option.
  @Option(parsing: .unconditional, help: ArgumentHelp("How bad, 1 (mild) to 10 (worst).", valueName: "1-10"))
  var severity: String?

  @Option(
    help: ArgumentHelp("Which leg: left, right or both.", valueName: "side"), completion: Completions.sides)
  var side: String?

  @Option(
    help: ArgumentHelp(
      "Where: \(Site.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "site"),
    completion: Completions.sites)
  var site: String?

  @Option(help: ArgumentHelp("How long it lasted: 90s, 5m, 1h30m.", valueName: "duration"))
  var duration: String?

  @Flag(inversion: .prefixedNo, help: "Whether it woke you up.")
  var woke: Bool?

  @Option(
    help: ArgumentHelp(
      "What helped, comma-separated short phrases (e.g. \"stretch, walk, hot shower\").", valueName: "list"))
  var helped: String?

  @Option(help: ArgumentHelp("A free-text note.", valueName: "text"))
  var note: String?

  /// Applies the given options over `draft`; returns a note on the time when `--at` named a local
  /// time that happened twice (the repeated hour when clocks go back).
  @discardableResult
  func apply(
    to draft: inout EpisodeDraft, now: Date, nights: NightCalendar, clock: ClockStyle = .twentyFourHour
  ) throws -> String? {
    try cliCall {
      var timeNote: String?
      if let at {
        let reading = try WhenParser.read(at, now: now, nights: nights, clock: clock)
        draft.start = reading.date
        timeNote = reading.note
      }
      if let severity {
        guard let value = NumberText.wholeNumber(severity) else {
          throw FieldError(field: "severity", message: "'\(severity)' is not a whole number from 1 to 10")
        }
        draft.severity = value
      }
      if let side { draft.side = try Self.choice(side, field: "side", Side.self) }
      if let site { draft.site = try Self.choice(site, field: "site", Site.self) }
      if let duration { draft.durationSeconds = try DurationParser.parse(duration) }
      if let woke { draft.woke = woke }
      if let helped { draft.helped = EpisodeRules.parseHelped(helped) }
      if let note { draft.note = note }
      return timeNote
    }
  }

  static func choice<E: RawRepresentable & CaseIterable>(
    _ text: String, field: String, _ type: E.Type
  ) throws(FieldError) -> E? where E.RawValue == String {
    let value = text.trimmingCharacters(in: .whitespaces).lowercased()
    if value.isEmpty || value == "none" { return nil }
    guard let result = E(rawValue: value) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw FieldError(field: field, message: "'\(text)' is unknown; use \(allowed)")
    }
    return result
  }
}

/// Parses an episode kind argument.
func parseKind(_ text: String) throws -> EpisodeKind {
  guard let kind = EpisodeKind(rawValue: text.lowercased()) else {
    throw CLIError("kind: '\(text)' is unknown; use cramp, rls or twitch")
  }
  return kind
}
