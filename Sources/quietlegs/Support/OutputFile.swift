import Foundation

/// Writes files the program creates (exports, reports) atomically and readable only by the user.
/// It refuses to write over the journal or anything else in the data folder.
enum OutputFile {
  static func write(_ data: Data, to path: String, protecting dataFolder: URL) throws {
    let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let protected = dataFolder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    if url.path.hasPrefix(protected) {
      throw CLIError(
        "cannot write \(path): it is inside the data folder, next to the journal; choose another place")
    }
    let folder = url.deletingLastPathComponent()
    let temp = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
    let fd = open(temp.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard fd >= 0 else {
      throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    _ = fchmod(fd, 0o600)
    var failure: Int32 = 0
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 {
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0, fsync(fd) != 0 { failure = errno }
    close(fd)
    if failure == 0, rename(temp.path, url.path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temp.path)
      throw CLIError("cannot write \(path): \(String(cString: strerror(failure)))")
    }
  }
}
