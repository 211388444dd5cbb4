import QuietLegsCore

/// One or two lines above the calendar naming the red-flag rules met (with their sources) and
/// saying to see a doctor; or why the journal could not be read.
enum CalendarRedFlagBanner {
  /// Rows the banner takes: two with something to say, none otherwise.
  static func height(flags: [RedFlag], problem: String?) -> Int {
    flags.isEmpty && problem == nil ? 0 : 2
  }

  /// `More than 3 bad nights in a week [seed-000]`: the rule and its sources.
  static func rule(_ flag: RedFlag) -> String {
    "\(flag.rule) [\(flag.sources.joined(separator: ", "))]"
  }

  static func render(
    flags: [RedFlag], problem: String?, into buffer: inout Buffer, x: Int, y: Int, width: Int
  ) {
    if let problem {
      buffer.write(TextWrap.fitted("⚠ " + problem, width: width), x: x, y: y, width: width, role: .danger)
      return
    }
    guard let first = flags.first else { return }
    buffer.write(
      TextWrap.fitted("⚠ See a doctor: \(rule(first)) (\(first.detail))", width: width), x: x, y: y,
      width: width,
      role: .danger)
    let second =
      flags.count == 1
      ? "  \(first.advice) QuietLegs does not diagnose."
      : "⚠ Also: " + flags.dropFirst().map(rule).joined(separator: "; ")
    buffer.write(
      TextWrap.fitted(second, width: width), x: x, y: y + 1, width: width,
      role: flags.count == 1 ? .warning : .danger)
  }
}
