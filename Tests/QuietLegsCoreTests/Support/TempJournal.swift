import Foundation
import QuietLegsCore

/// A real journal in a fresh temporary folder, removed when the value is released.
final class TempJournal {
  let folder: URL
  let journal: Journal
  let nights: NightCalendar

  init(timeZone: String = "Europe/Berlin", boundaryHour: Int = 12) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("quietlegs-test-\(UUID().uuidString)")
    let paths = AppPaths(dataDirectory: folder, configDirectory: folder.appendingPathComponent("config"))
    journal = try Journal(paths: paths)
    nights = NightCalendar(timeZone: TimeZone(identifier: timeZone)!, boundaryHour: boundaryHour)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }
}

/// Builds instants from local wall-clock text in a zone, for readable tests.
func instant(_ text: String, zone: String = "Europe/Berlin") -> Date {
  let formatter = DateFormatter()
  formatter.locale = Locale(identifier: "en_US_POSIX")
  formatter.timeZone = TimeZone(identifier: zone)
  formatter.dateFormat = "yyyy-MM-dd HH:mm"
  return formatter.date(from: text)!
}

func day(_ text: String) -> CivilDate { CivilDate(text)! }
