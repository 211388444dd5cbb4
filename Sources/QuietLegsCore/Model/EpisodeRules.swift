import Foundation

/// A field of an episode that failed validation, with what is allowed.
public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The field's name as the user knows it (`severity`, `at`, `duration`, ...).
  public var field: String
  /// What was wrong and what is allowed.
  public var message: String

  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }

  public var description: String { "\(field): \(message)" }
}

/// The limits an episode must respect, shared by the command line, the forms and import.
public enum EpisodeRules {
  public static let severityRange = 1...10
  /// Longest duration accepted: 12 hours.
  public static let maxDurationSeconds = 12 * 3600
  /// Longest note accepted, in characters.
  public static let maxNoteLength = TextLimits.episodeNote
  /// Suggested words for "what helped"; other short phrases are allowed too.
  public static let suggestedHelped = [
    "stretch", "walk", "massage", "heat", "cold", "stand", "water", "rest", "medication",
  ]
  /// How far in the future a start may be, to forgive clock skew between machines.
  public static let futureTolerance: TimeInterval = 60
  /// The earliest start accepted: 1 January 2000 (UTC). Anything before is a typing slip
  /// (`1900-01-01`), not a night somebody remembers.
  public static let earliestStart = Date(timeIntervalSince1970: 946_684_800)

  /// Checks a draft against the rules; returns the first problem found.
  public static func validate(_ draft: EpisodeDraft, now: Date) -> FieldError? {
    if !severityRange.contains(draft.severity) {
      return FieldError(
        field: "severity", message: "\(draft.severity) is out of range; use a whole number from 1 to 10")
    }
    if draft.start.timeIntervalSince(now) > futureTolerance {
      return FieldError(
        field: "at", message: "the time is in the future; log now or a past time")
    }
    if draft.start < earliestStart {
      return FieldError(field: "at", message: "the time is before the year 2000; check the year")
    }
    if let duration = draft.durationSeconds, !(1...maxDurationSeconds).contains(duration) {
      return FieldError(
        field: "duration", message: "must be between 1s and 12h (for example 90s, 5m, 1h30m)")
    }
    if draft.helped.count > TextLimits.helpedPhrases {
      return FieldError(
        field: "helped",
        message:
          "has \(draft.helped.count) phrases; keep at most \(TextLimits.helpedPhrases), comma-separated")
    }
    for item in draft.helped where !isHelpedItem(item) {
      return FieldError(
        field: "helped",
        message:
          "'\(item)' is not a short phrase; use up to \(maxHelpedLength) letters, digits, spaces or hyphens, "
          + "comma-separated, such as \(suggestedHelped.prefix(3).joined(separator: ", ")), hot shower")
    }
    if let problem = TextLimits.check(
      draft.note, field: "note", limit: maxNoteLength, what: "an episode note")
    {
      return problem
    }
    return nil
  }

  /// Longest "what helped" item, in characters.
  public static let maxHelpedLength = TextLimits.helpedPhrase

  /// True for a lowercase phrase of 1-40 letters (any language), digits, single spaces or
  /// hyphens: `heat`, `hot shower`, `wärme`. Commas and semicolons separate items in storage and
  /// CSV, so they are never part of one.
  public static func isHelpedItem(_ item: String) -> Bool {
    (1...maxHelpedLength).contains(item.count) && item == item.lowercased()
      && item.first != " " && item.last != " " && !item.contains("  ")
      && item.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }
  }

  /// Splits `Stretch, hot  shower` into normalised items (lowercased, trimmed, inner spaces made
  /// single, de-duplicated): `["stretch", "hot shower"]`. Only commas separate items.
  public static func parseHelped(_ text: String) -> [String] {
    var seen: Set<String> = []
    return text.split(separator: ",")
      .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
      .filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
