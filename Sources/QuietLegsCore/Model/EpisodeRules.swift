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
  public static let maxNoteLength = 2000
  /// Suggested words for "what helped"; others are allowed if they are simple words.
  public static let suggestedHelped = [
    "stretch", "walk", "massage", "heat", "cold", "stand", "water", "rest", "medication",
  ]
  /// How far in the future a start may be, to forgive clock skew between machines.
  public static let futureTolerance: TimeInterval = 60

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
    if let duration = draft.durationSeconds, !(1...maxDurationSeconds).contains(duration) {
      return FieldError(
        field: "duration", message: "must be between 1s and 12h (for example 90s, 5m, 1h30m)")
    }
    for word in draft.helped where !isHelpedWord(word) {
      return FieldError(
        field: "helped",
        message:
          "'\(word)' is not a simple word; use lowercase words such as \(suggestedHelped.prefix(4).joined(separator: ", "))"
      )
    }
    if draft.note.count > maxNoteLength {
      return FieldError(field: "note", message: "is longer than \(maxNoteLength) characters")
    }
    return nil
  }

  /// True for 1-24 lowercase letters, digits or hyphens.
  public static func isHelpedWord(_ word: String) -> Bool {
    (1...24).contains(word.count)
      && word.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }

  /// Splits `stretch, walk` into normalised words (lowercased, trimmed, de-duplicated).
  public static func parseHelped(_ text: String) -> [String] {
    var seen: Set<String> = []
    return text.split(whereSeparator: { $0 == "," || $0 == " " })
      .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      .filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
