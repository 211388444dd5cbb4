import Glibc

/// Watches a folder with inotify so the run loop wakes when another program writes the journal.
/// It costs nothing while nothing changes (the descriptor sits in the same `poll()` as the keys).
final class FolderWatcher {
  /// The descriptor to poll for reading.
  let descriptor: Int32

  /// Starts watching `path` for file writes; nil when inotify is unavailable.
  init?(path: String) {
    let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard fd >= 0 else { return nil }
    let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE)
    guard inotify_add_watch(fd, path, mask) >= 0 else {
      Glibc.close(fd)
      return nil
    }
    descriptor = fd
  }

  /// Reads all pending events; true when there were any.
  func drain() -> Bool {
    var any = false
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      any = true
    }
    return any
  }

  func close() { Glibc.close(descriptor) }
}
