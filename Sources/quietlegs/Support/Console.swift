import Foundation

/// Writing to the terminal: standard output, standard error, and whether colour is allowed.
enum Console {
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("quietlegs: warning: \(message)\n".utf8))
  }

  static func error(_ message: String) {
    FileHandle.standardError.write(Data("quietlegs: \(message)\n".utf8))
  }

  /// Colour only when standard output is a terminal and `NO_COLOR` is not set.
  static var useColor: Bool {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"]
    return isatty(STDOUT_FILENO) == 1 && (noColor == nil || noColor!.isEmpty)
      && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  /// Wraps text in an SGR colour code when colour is on.
  static func paint(_ text: String, _ sgr: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
  }
}
