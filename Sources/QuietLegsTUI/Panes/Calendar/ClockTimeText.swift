import Foundation

/// Wall-clock times as the forms show and read them: `02:10`.
enum ClockTimeText {
  /// `HH:MM` with two-digit hour and minute.
  static func format(hour: Int, minute: Int) -> String {
    (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }

  /// Hour and minute from `H:MM` or `HH:MM` (00:00 to 23:59); nil for anything else.
  static func parse(_ text: String) -> (hour: Int, minute: Int)? {
    let parts = text.trimmingCharacters(in: .whitespaces).split(
      separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
    else { return nil }
    return (hour, minute)
  }
}
