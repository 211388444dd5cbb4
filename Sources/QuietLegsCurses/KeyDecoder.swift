import Glibc
import QuietLegsTUI

/// Reads the keyboard's bytes from standard input and decodes them with `InputDecoder` (curses
/// reads no keys: its key tables depend on terminfo and turn unknown sequences into Esc).
struct KeyReader {
  private var decoder = InputDecoder()
  /// When the last byte arrived, on the monotonic clock; a waiting sequence is complete after
  /// the decoder's timeout from here.
  private var lastByte: Duration = .zero
  /// When the last read that was a paste arrived: a read right after it continues the paste.
  private var lastPaste: Duration?

  /// The time by which `expire(now:)` must run, when a sequence waits for its end.
  var deadline: Duration? {
    decoder.pendingTimeout.map { lastByte + $0 }
  }

  /// Reads what standard input holds (call only when `poll` says it is readable) and returns
  /// the keys it completes, a paste the terminal did not mark as one key (`UnmarkedPaste`);
  /// nil when the terminal is gone (end of file or an error).
  mutating func read(now: Duration) -> [Key]? {
    var bytes = [UInt8](repeating: 0, count: 4096)
    let count = bytes.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count < 0, errno == EINTR || errno == EAGAIN { return [] }
    guard count > 0 else { return nil }
    let continuing = lastPaste.map { now - $0 <= InputDecoder.escapeDelay } ?? false
    lastByte = now
    let keys = UnmarkedPaste.grouped(decoder.feed(bytes[0..<count]), continuing: continuing)
    if keys.count == 1, case .paste = keys[0] { lastPaste = now } else { lastPaste = nil }
    return keys
  }

  /// The keys of a sequence whose wait is over (a lone Esc, an unfinished paste).
  mutating func expire(now: Duration) -> [Key] {
    guard let deadline, deadline <= now else { return [] }
    return decoder.flush()
  }
}
