import Foundation

/// The snapshot files both test targets compare their text with. Plain Foundation, no test
/// framework, so that `swift build` of every target still works; the targets' `assertSnapshot`
/// turns a returned message into a test issue.
public enum SnapshotFile {
  /// Compares `stored` with the file `name` in `directory`. With `QUIETLEGS_RECORD=1` (or when
  /// the file is missing) writes the file instead. Returns why the test should fail, or nil: a
  /// newly recorded snapshot fails too, so that it is looked at before it is committed.
  public static func check(_ stored: String, file name: String, in directory: URL) -> String? {
    let file = directory.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["QUIETLEGS_RECORD"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)
    if recording || expected == nil {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try stored.write(to: file, atomically: true, encoding: .utf8)
      } catch {
        return "Could not write snapshot \(file.path): \(error)"
      }
      return recording ? nil : "Recorded new snapshot \(file.path); check it and run again."
    }
    guard let expected, expected != stored else { return nil }
    return "Snapshot \(name) differs (re-record with QUIETLEGS_RECORD=1):\n"
      + LineDiff.describe(expected: expected, actual: stored)
  }
}

/// A readable line-by-line difference between two texts.
public enum LineDiff {
  /// The lines that differ, each with its number, the expected line (`-`) and the actual one (`+`).
  public static func describe(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? String(old[index]) : nil
      let after = index < new.count ? String(new[index]) : nil
      guard before != after else { continue }
      report.append("line \(index + 1):")
      if let before { report.append("- |\(before)|") }
      if let after { report.append("+ |\(after)|") }
    }
    return report.joined(separator: "\n")
  }
}
