/// A semantic style: what a cell means (header, warning, today...), coloured by the theme.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
  case text, muted, accent, header, footer, status, border, selection, today
  case severityNone = "severity-none"
  case severityLow = "severity-low"
  case severityMid = "severity-mid"
  case severityHigh = "severity-high"
  case warning, good, danger, title, key, bigdigits, progress
  case progressTrack = "progress-track"
  case flash

  /// The role's name in theme files (`[roles.severity-high]`).
  public var name: String { rawValue }
}
