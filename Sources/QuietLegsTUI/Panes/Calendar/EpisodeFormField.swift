import QuietLegsCore

/// A field of the episode form: its label, and whether it is a choice (cycled) or typed text.
enum EpisodeFormField: CaseIterable, Hashable {
  case kind, time, severity, side, site, duration, woke, helped, note

  /// The fields of the quick-log form.
  static let quickLog: [EpisodeFormField] = [.kind, .time, .severity, .side, .site]

  var label: String {
    switch self {
    case .kind: "Kind"
    case .time: "Time"
    case .severity: "Severity"
    case .side: "Side"
    case .site: "Site"
    case .duration: "Duration"
    case .woke: "Woke me"
    case .helped: "Helped"
    case .note: "Note"
    }
  }

  /// A hint shown after an empty or valid value.
  var hint: String {
    switch self {
    case .time: "HH:MM"
    case .severity: "1-10"
    case .duration: "e.g. 90s, 5m (optional)"
    case .helped: "e.g. stretch, walk"
    default: ""
    }
  }

  /// True for fields changed with ←/→ or Space rather than typed.
  var isChoice: Bool { [.kind, .side, .site, .woke].contains(self) }

  /// The form field behind a rule's field name (`at`, `severity`, ...).
  init(ruleField: String) {
    switch ruleField {
    case "severity": self = .severity
    case "duration": self = .duration
    case "helped": self = .helped
    case "note": self = .note
    default: self = .time
    }
  }
}
