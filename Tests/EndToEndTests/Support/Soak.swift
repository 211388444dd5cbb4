import Foundation

/// How many rounds the kill and soak loops run: all of them when `QUIETLEGS_SOAK=full` (set by
/// `.ci/run`), a fifth (at least four) otherwise (TUICrashSafetyTests always runs in full: it is quick, and a short run can pass its check by chance), so a developer's end-to-end run stays short.
enum Soak {
  /// True when the full soak was asked for.
  static let isFull = ProcessInfo.processInfo.environment["QUIETLEGS_SOAK"] == "full"

  /// The rounds to run of a loop whose full size is `full`.
  static func rounds(_ full: Int) -> Int { isFull ? full : max(4, full / 5) }
}
