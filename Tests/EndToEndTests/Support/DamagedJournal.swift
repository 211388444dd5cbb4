import Foundation

extension QuietLegsProcess {
  /// Fills a journal over several pages, then overwrites bytes across its pages from `firstByte`
  /// (the header and first page stay intact, so it still opens as SQLite; from the third page on,
  /// the schema is readable too and only the records are damaged); returns the damaged bytes.
  @discardableResult
  func damageJournal(from firstByte: Int = 4096) throws -> Data {
    for hour in 20...23 {
      try run([
        "log", "cramp", "--at", "2026-11-19 \(hour):00", "--note", String(repeating: "n", count: 1500),
      ])
    }
    try run(["backup", "--output", home.appendingPathComponent("before-damage.sqlite3").path])  // checkpoint
    var data = try Data(contentsOf: journalFile)
    try? FileManager.default.removeItem(atPath: journalFile.path + "-wal")
    for offset in stride(from: firstByte, to: data.count, by: 997) { data[offset] = 0xA5 }
    try data.write(to: journalFile)
    return data
  }
}
