import QuietLegsCore

/// How a night looks in the grid and the year strip: its severity role and glyphs (the glyph
/// carries the severity where colour cannot).
enum CalendarNightStyle {
  /// The theme role that shades a night by its worst severity.
  static func role(_ band: SeverityBand) -> StyleRole {
    switch band {
    case .none: .severityNone
    case .low: .severityLow
    case .mid: .severityMid
    case .high: .severityHigh
    }
  }

  /// One heat-map cell: `·` nothing, `░` low, `▒` mid, `▓` high.
  static func heat(_ band: SeverityBand) -> String {
    switch band {
    case .none: "·"
    case .low: "░"
    case .mid: "▒"
    case .high: "▓"
    }
  }

  /// The episode-count mark after the heat glyph: nothing for one, a superscript count for two to
  /// nine, `⁺` for ten or more.
  static func episodes(_ count: Int) -> String {
    let superscripts = ["²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    switch count {
    case ...1: return " "
    case 2...9: return superscripts[count - 2]
    default: return "⁺"
    }
  }

  /// The completed-routine mark.
  static let routine = "✓"
  /// The mark beside tonight.
  static let tonight = "›"

  /// The legend under the grid, two rows: each part with the role it is drawn in, so the severity
  /// glyphs show in their own shade.
  static let legend: [[(text: String, role: StyleRole)]] = [
    [
      (heat(.low), .severityLow), (" low ", .muted), (heat(.mid), .severityMid), (" mid ", .muted),
      (heat(.high), .severityHigh), (" high  ²…⁹ episodes ⁺ 10+", .muted),
    ],
    [("✓ routine done  › tonight  [ ] selected", .muted)],
  ]
}
