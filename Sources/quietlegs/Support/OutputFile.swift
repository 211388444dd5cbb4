import Foundation

/// Writes files the program creates (exports, reports) atomically and readable only by the user.
/// It refuses to write over the journal or anything else in the data folder.
enum OutputFile {
  /// `-` in place of a file name: standard input or output.
  static let standardStream = "-"

  /// Writes `data` to the file `path`, or to standard output when `path` is `-`; `written` is
  /// then said on standard error (`Exported to FILE`) when it went to a file.
  static func deliver(_ data: Data, to path: String?, protecting dataFolder: URL, written: String) throws {
    guard let path, path != standardStream else { return try StandardOutput.write(data) }
    try write(data, to: path, protecting: dataFolder)
    FileHandle.standardError.write(Data("\(written) \(path)\n".utf8))
  }

  /// Refuses an empty file name with a message saying what is allowed.
  static func checkNotEmpty(_ path: String?, option: String) throws {
    guard let path, path.isEmpty else { return }
    throw CLIError(
      "\(option): the file name is empty; give a file name, or - for standard output", status: .usage)
  }

  /// Writes all of `data` to `fd`; returns 0, or the `errno` of the failure.
  static func writeAll(_ data: Data, to fd: Int32) -> Int32 {
    data.withUnsafeBytes { buffer -> Int32 in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return written < 0 ? errno : EIO }
        offset += written
      }
      return 0
    }
  }

  static func write(_ data: Data, to path: String, protecting dataFolder: URL) throws {
    try checkNotEmpty(path, option: "output")
    let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let protected = dataFolder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    if url.path.hasPrefix(protected) {
      throw CLIError(
        "cannot write \(path): it is inside the data folder, next to the journal; choose another place")
    }
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      if (info.st_mode & S_IFMT) == S_IFDIR {
        throw CLIError("cannot write \(path): it is a folder; give a file name", status: .ioFailure)
      }
      // A device or a pipe (/dev/stdout, a shell's >(...)): written in place, never replaced.
      let fd = open(path, O_WRONLY)
      guard fd >= 0 else {
        throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))", status: .ioFailure)
      }
      defer { close(fd) }
      let failure = writeAll(data, to: fd)
      if failure != 0 {
        throw CLIError("cannot write \(path): \(String(cString: strerror(failure)))", status: .ioFailure)
      }
      return
    }
    let folder = url.deletingLastPathComponent()
    let temp = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
    let fd = open(temp.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard fd >= 0 else {
      throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))", status: .ioFailure)
    }
    _ = fchmod(fd, 0o600)
    var failure = writeAll(data, to: fd)
    if failure == 0, fsync(fd) != 0 { failure = errno }
    close(fd)
    if failure == 0, rename(temp.path, url.path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temp.path)
      throw CLIError("cannot write \(path): \(String(cString: strerror(failure)))", status: .ioFailure)
    }
  }
}

/// Standard output written in full, with a failure (a full disk, a closed pipe) reported as an
/// I/O failure instead of being lost.
enum StandardOutput {
  static func write(_ data: Data) throws {
    let data = Console.dataForStandardOutput(data)
    let failure = OutputFile.writeAll(data, to: STDOUT_FILENO)
    if failure != 0 {
      throw CLIError(
        "cannot write to standard output: \(String(cString: strerror(failure)))", status: .ioFailure)
    }
  }
}
