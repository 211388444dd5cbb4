import Foundation
import Testing

/// Compares text with a stored snapshot in `__Snapshots__/`; `QUIETLEGS_RECORD=1` writes it anew.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
  throws
{
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
  let file = folder.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["QUIETLEGS_RECORD"] != nil
    || !FileManager.default.fileExists(atPath: file.path)
  {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: file, encoding: .utf8)
  guard expected != text else { return }
  let old = expected.components(separatedBy: "\n")
  let new = text.components(separatedBy: "\n")
  var diff: [String] = []
  for index in 0..<max(old.count, new.count) {
    let a = index < old.count ? old[index] : "<none>"
    let b = index < new.count ? new[index] : "<none>"
    if a != b { diff.append("line \(index + 1):\n- \(a)\n+ \(b)") }
    if diff.count >= 8 { break }
  }
  let message = "snapshot \(name) differs (QUIETLEGS_RECORD=1 re-records):\n" + diff.joined(separator: "\n")
  Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
