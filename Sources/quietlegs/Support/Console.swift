import Foundation
import QuietLegsCore

/// Writing to the terminal: standard output, standard error, and whether colour is allowed.
enum Console {
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("quietlegs: warning: \(TextSanitizer.clean(message))\n".utf8))
  }

  /// One line on standard error; values quoted from files or arguments are cleaned first.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("quietlegs: \(TextSanitizer.clean(message))\n".utf8))
  }

  /// Data for standard output: unchanged for files and pipes; on a terminal, control characters,
  /// escape sequences and invisible characters in it are shown as U+FFFD (line breaks kept).
  static func dataForStandardOutput(_ data: Data) -> Data {
    guard isatty(STDOUT_FILENO) == 1 else { return data }
    return Data(VisibleLines.clean(String(decoding: data, as: UTF8.self)).utf8)
  }

  /// Colour when standard output is a terminal other than `dumb`, or whenever `CLICOLOR_FORCE`
  /// is set to something other than `0` (pipes too); a non-empty `NO_COLOR` always wins.
  static var useColor: Bool { useColor(environment: ProcessInfo.processInfo.environment) }

  static func useColor(environment: [String: String]) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
    return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
  }

  /// Wraps text in an SGR colour code when colour is on.
  static func paint(_ text: String, _ sgr: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
  }
}
