import Foundation

/// Writes files the program creates (exports, backups) atomically and readable only by the user.
enum OutputFile {
  static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    let fd = open(temp.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard fd >= 0 else {
      throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    _ = fchmod(fd, 0o600)
    var ok = true
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 {
          ok = false
          break
        }
        offset += n
      }
    }
    let message = String(cString: strerror(errno))
    if ok { ok = fsync(fd) == 0 }
    close(fd)
    guard ok, rename(temp.path, url.path) == 0 else {
      unlink(temp.path)
      throw CLIError("cannot write \(path): \(message)")
    }
  }
}
