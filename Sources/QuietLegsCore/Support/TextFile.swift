import Foundation

/// Reads a settings, theme or routine file as UTF-8 text, saying in plain words why it could not
/// be read (permission denied, a folder, not UTF-8), never Foundation's error text.
public enum TextFile {
  /// The file's text; nil when there is no file at `url`.
  public static func read(_ url: URL) throws(TOMLFileError) -> String? {
    let fd = open(url.path, O_RDONLY)
    guard fd >= 0 else {
      let failure = errno
      if failure == ENOENT { return nil }
      throw TOMLFileError(file: url.path, line: nil, message: "cannot be read: \(reason(failure))")
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw TOMLFileError(file: url.path, line: nil, message: "is a folder, not a file")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = Glibc.read(fd, &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      if count < 0 {
        throw TOMLFileError(file: url.path, line: nil, message: "cannot be read: \(reason(errno))")
      }
      if count == 0 { break }
      bytes += buffer[0..<count]
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw TOMLFileError(file: url.path, line: nil, message: "is not UTF-8 text")
    }
    return text
  }

  /// `permission denied` for EACCES, otherwise the C library's words in lower case.
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
