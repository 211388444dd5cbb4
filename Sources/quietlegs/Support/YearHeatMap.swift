import Foundation
import QuietLegsCore

/// `quietlegs calendar --year`: twelve months of nights as a heat map, one row a month and one
/// column pair a day, shaded by the night's worst severity like the full-screen year strip
/// (`·` nothing logged, `░` mild, `▒` moderate, `▓` severe), 70 columns wide.
enum YearHeatMap {
  /// The glyph pair of a night: shading doubled, so a column reads as a block.
  static func cell(_ band: SeverityBand?) -> String {
    switch band {
    case nil: "  "
    case .none?: "· "
    case .low?: "░░"
    case .mid?: "▒▒"
    case .high?: "▓▓"
    }
  }

  /// The terminal colour of a severity, as the month calendar uses.
  static func sgr(_ band: SeverityBand) -> String? {
    switch band {
    case .none: nil
    case .low: "32"
    case .mid: "33"
    case .high: "31"
    }
  }

  static let monthNames: [String] = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.locale = Locale(identifier: "en_GB")
    return calendar.shortMonthSymbols
  }()

  /// The year's text; nights after `today` stay blank.
  static func render(year: Int, worst: [CivilDate: Int], today: CivilDate, color: Bool) -> String {
    var out = "Nights of \(year), shaded by the worst episode of each night\n"
    var ruler = Array(repeating: Character(" "), count: 4 + 62)
    for day in [1, 5, 10, 15, 20, 25, 30] {
      for (offset, digit) in String(day).enumerated() { ruler[4 + (day - 1) * 2 + offset] = digit }
    }
    out += String(ruler).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
    var total = 0
    for month in 1...12 {
      var line = monthNames[month - 1].padding(toLength: 4, withPad: " ", startingAt: 0)
      var nights = 0
      for day in 1...CivilDate.daysIn(month: month, year: year) {
        guard let date = CivilDate(year: year, month: month, day: day), date <= today else {
          line += cell(nil)
          continue
        }
        let band = worst[date].map(SeverityBand.init) ?? SeverityBand.none
        if worst[date] != nil { nights += 1 }
        let text = cell(band)
        line += sgr(band).map { Console.paint(text, $0, enabled: color) } ?? text
      }
      total += nights
      let padded = line + String(repeating: "  ", count: 31 - CivilDate.daysIn(month: month, year: year))
      out +=
        (nights > 0 ? padded + "  \(nights)" : padded).replacingOccurrences(
          of: "\\s+$", with: "", options: .regularExpression) + "\n"
    }
    out += "\n· none  ░ mild 1-3  ▒ moderate 4-6  ▓ severe 7-10\n"
    out += "The number after a month counts its nights with episodes.\n"
    out += "\(total) night\(total == 1 ? "" : "s") with episodes in \(year)"
    if today.year == year { out += "; current night: \(today)" }
    return out + "\n"
  }
}
