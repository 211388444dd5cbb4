import Foundation
import QuietLegsCore

/// Reads a file named on the command line (or standard input for `-`), saying in plain words
/// why it could not be read.
enum InputFile {
  static func read(_ path: String) throws -> Data {
    if path == OutputFile.standardStream { return try readAll(STDIN_FILENO, name: "standard input") }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw CLIError("cannot read \(path): \(String(cString: strerror(errno)))", status: .cannotOpen)
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw CLIError("cannot read \(path): it is a folder, not a file", status: .cannotOpen)
    }
    return try readAll(fd, name: path)
  }

  private static func readAll(_ fd: Int32, name: String) throws -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = Glibc.read(fd, &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      if count < 0 {
        throw CLIError("cannot read \(name): \(String(cString: strerror(errno)))", status: .ioFailure)
      }
      if count == 0 { return data }
      data.append(buffer, count: count)
    }
  }
}
