import Foundation
import PropertyBased
import Testing

@testable import QuietLegsCore

@Suite("iCalendar UTC stamps")
struct ICalendarStampTests {
  /// What Foundation prints for the same instant: the reference the arithmetic must match.
  static func reference(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return formatter.string(from: date)
  }

  @Test func knownInstants() {
    #expect(ICalendarWriter.utc(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
    #expect(ICalendarWriter.utc(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
    #expect(ICalendarWriter.utc(Date(timeIntervalSince1970: 1_795_313_400)) == "20261122T021000Z")
    #expect(ICalendarWriter.utc(Date(timeIntervalSince1970: 951_782_400)) == "20000229T000000Z")
  }

  @Test func matchesFoundationOverCenturies() async {
    await propertyCheck(count: 300, input: Gen.int(in: -2_208_988_800...4_102_444_800)) { seconds in
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      #expect(ICalendarWriter.utc(date) == Self.reference(date))
    }
  }
}
