import Foundation
import Testing

/// Compares `actual` with the stored snapshot `__Snapshots__/<name>.txt` next to the calling test file.
/// With `QUIETLEGS_RECORD=1` (or when the file is missing) it writes the snapshot instead; a missing
/// snapshot still fails so it is looked at before it is committed.
func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(
    "__Snapshots__")
  let file = directory.appendingPathComponent(name + ".txt")
  let stored = actual + "\n"
  let recording = ProcessInfo.processInfo.environment["QUIETLEGS_RECORD"] == "1"
  let expected = try? String(contentsOf: file, encoding: .utf8)
  if recording || expected == nil {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? stored.write(to: file, atomically: true, encoding: .utf8)
    if expected == nil && !recording {
      Issue.record(
        "Recorded new snapshot \(file.path); check it and run again.", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected, expected != stored else { return }
  Issue.record(
    "Snapshot \(name) differs (re-record with QUIETLEGS_RECORD=1):\n\(LineDiff.describe(expected: expected, actual: stored))",
    sourceLocation: sourceLocation)
}

/// A readable line-by-line difference between two texts.
enum LineDiff {
  static func describe(expected: String, actual: String) -> String {
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
