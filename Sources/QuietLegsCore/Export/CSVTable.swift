/// Reads and writes RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes.
public enum CSVTable {
  /// One record as a line (ending in CRLF).
  public static func line(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\r\n"
  }

  static func quoted(_ field: String) -> String {
    // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    // A leading =, +, - or @ would run as a formula in spreadsheets: prefix a quote mark. Text
    // that already starts with quote marks before such a sign gets one more, so reading it back
    // (which removes exactly one) gives the original.
    var value = field
    if looksLikeFormula(value), Double(value) == nil { value = "'" + value }
    guard needsQuotes || value != field else { return value }
    var out = String.UnicodeScalarView()
    out.append("\"")
    for scalar in value.unicodeScalars {
      out.append(scalar)
      if scalar == "\"" { out.append("\"") }
    }
    out.append("\"")
    return String(out)
  }

  /// Undoes the quote mark `line` puts before a leading `=`, `+`, `-` or `@`.
  public static func removingFormulaGuard(_ field: String) -> String {
    guard field.unicodeScalars.first == "'", looksLikeFormula(field) else { return field }
    return String(field.unicodeScalars.dropFirst())
  }

  /// True when the text is quote marks (maybe none) followed by `=`, `+`, `-` or `@`.
  static func looksLikeFormula(_ text: String) -> Bool {
    guard let sign = text.unicodeScalars.first(where: { $0 != "'" }) else { return false }
    return "=+-@".unicodeScalars.contains(sign)
  }

  /// A problem reading CSV text.
  public struct ParseError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Splits CSV text into records of fields, with the line each record starts on. It reads
  /// Unicode scalars, not Characters: a quote mark or comma followed by a combining mark, and
  /// `\r\n`, are each one Character, so a Character-wise reader would miss them.
  public static func parse(_ text: String) throws(ParseError) -> [(line: Int, fields: [String])] {
    var records: [(Int, [String])] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    var afterQuote = false
    var line = 1
    var recordLine = 1
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func endRecord() {
      fields.append(String(field))
      if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
      fields = []
      field = String.UnicodeScalarView()
      afterQuote = false
      line += 1
      recordLine = line
    }
    while index < scalars.count {
      let c = scalars[index]
      index += 1
      if inQuotes {
        if c == "\"" {
          if index < scalars.count, scalars[index] == "\"" {
            field.append("\"")
            index += 1
          } else {
            inQuotes = false
            afterQuote = true
          }
        } else {
          if c == "\n" || (c == "\r" && (index == scalars.count || scalars[index] != "\n")) { line += 1 }
          field.append(c)
        }
        continue
      }
      switch c {
      case ",":
        fields.append(String(field))
        field = String.UnicodeScalarView()
        afterQuote = false
      case "\r":
        if index < scalars.count, scalars[index] == "\n" { index += 1 }
        endRecord()
      case "\n":
        endRecord()
      case "\"":
        guard field.isEmpty, !afterQuote else {
          throw ParseError(line: line, message: "a quote mark inside an unquoted field")
        }
        inQuotes = true
      default:
        if afterQuote {
          throw ParseError(line: line, message: "text after a closing quote mark")
        }
        field.append(c)
      }
    }
    if inQuotes { throw ParseError(line: recordLine, message: "a quoted field is never closed") }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(String(field))
      records.append((recordLine, fields))
    }
    return records
  }
}
