import Foundation
import SnapshotSupport
import Testing

/// Compares a report with `__Snapshots__/<name>` of this test target, byte for byte;
/// `QUIETLEGS_RECORD=1` writes it anew.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
  if let failure = SnapshotFile.check(text, file: name, in: folder) {
    Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
  }
}
