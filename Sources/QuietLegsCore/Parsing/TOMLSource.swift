import Foundation
import TOMLKit

/// A problem found in a TOML file: which file, which line, and what is wrong.
public struct TOMLFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file's path, or a label such as `built-in theme night`.
  public var file: String
  /// 1-based line, when known.
  public var line: Int?
  /// What is wrong and what is allowed.
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}

/// A parsed TOML document that remembers its text, so semantic errors can point at a line.
public struct TOMLSource {
  /// The parsed root table.
  public let root: TOMLTable
  /// The name used in error messages.
  public let file: String
  private let lines: [Substring]

  /// Parses `text`; a syntax error becomes a `TOMLFileError` with line and column.
  public init(text: String, file: String) throws(TOMLFileError) {
    self.file = file
    self.lines = TOMLSource.lines(of: text)
    if let line = TOMLSource.unclosedHeaderLine(lines) {
      throw TOMLFileError(
        file: file, line: line, message: "a table header must name its table on the same line, e.g. [[steps]]"
      )
    }
    do {
      self.root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw TOMLFileError(
        file: file, line: error.source.begin.line,
        message: "not valid TOML: \(error.description) (column \(error.source.begin.column))")
    } catch {
      throw TOMLFileError(file: file, line: nil, message: "not valid TOML: \(error)")
    }
  }

  /// The lines of `text`, split at LF bytes, not Characters ("\r\n" is one Character, so a CR LF
  /// file would be one line), as slices of it: no line is copied scalar by scalar.
  static func lines(of text: String) -> [Substring] {
    let scalars = text.unicodeScalars
    var lines: [Substring] = []
    var start = scalars.startIndex
    var index = start
    while index != scalars.endIndex {
      if scalars[index] == "\n" {
        lines.append(Substring(scalars[start..<index]))
        start = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    lines.append(Substring(scalars[start...]))
    return lines
  }

  /// The first line whose table header does not start with a key (`[` alone, `[ é`, `[[[x]]`).
  /// The TOML library asserts on such input instead of reporting it, so it is caught here first.
  static func unclosedHeaderLine(_ lines: [Substring]) -> Int? {
    for (index, raw) in lines.enumerated() {
      var rest = raw.drop { $0 == " " || $0 == "\t" }
      guard rest.first == "[" else { continue }
      rest = rest.dropFirst()
      if rest.first == "[" { rest = rest.dropFirst() }
      let named = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
      guard let first = named.unicodeScalars.first,
        ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
          || first == "_" || first == "-" || first == "\"" || first == "'"
      else { return index + 1 }
    }
    return nil
  }

  /// The 1-based line where `key` is assigned, searching after the `occurrence`-th header
  /// named `table` (`[table]` or `[[table]]`) when given.
  public func line(ofKey key: String, inTable table: String? = nil, occurrence: Int = 0) -> Int? {
    var start = 0
    if let table {
      var seen = -1
      start = lines.count
      for (index, raw) in lines.enumerated() {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed == "[\(table)]" || trimmed == "[[\(table)]]" {
          seen += 1
          if seen == occurrence {
            start = index + 1
            break
          }
        }
      }
    }
    var index = start
    while index < lines.count {
      let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
      if table != nil, trimmed.hasPrefix("[") { return nil }
      if trimmed.hasPrefix(key) {
        let rest = trimmed.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("=") { return index + 1 }
      }
      index += 1
    }
    return nil
  }

  /// The text after `=` where top-level `key` is assigned, without a comment or spaces: `0x12`
  /// for `night_boundary_hour = 0x12  # six pm`. TOML reads hex, octal and `1_2` as numbers too.
  public func valueText(ofKey key: String) -> String? {
    guard let line = line(ofKey: key) else { return nil }
    let text = lines[line - 1]
    guard let equals = text.firstIndex(of: "=") else { return nil }
    let value = text[text.index(after: equals)...].split(
      separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    return value.first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  /// The 1-based line of the `occurrence`-th header named `table`.
  public func line(ofTable table: String, occurrence: Int = 0) -> Int? {
    var seen = -1
    for (index, raw) in lines.enumerated() {
      let trimmed = raw.trimmingCharacters(in: .whitespaces)
      if trimmed == "[\(table)]" || trimmed == "[[\(table)]]" {
        seen += 1
        if seen == occurrence { return index + 1 }
      }
    }
    return nil
  }

  /// An error at the line of `key` (or of the table) in this file.
  public func error(
    _ message: String, key: String? = nil, table: String? = nil, occurrence: Int = 0
  ) -> TOMLFileError {
    var line: Int?
    if let key { line = self.line(ofKey: key, inTable: table, occurrence: occurrence) }
    if line == nil, let table { line = self.line(ofTable: table, occurrence: occurrence) }
    return TOMLFileError(file: file, line: line, message: message)
  }
}
