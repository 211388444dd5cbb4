import Foundation
import SnapshotSupport
import Testing

/// Compares a rendered screen with `__Snapshots__/<name>.txt` next to the calling test file
/// (stored with a final newline); `QUIETLEGS_RECORD=1` writes it anew.
func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(
    "__Snapshots__")
  if let failure = SnapshotFile.check(actual + "\n", file: name + ".txt", in: directory) {
    Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
  }
}
