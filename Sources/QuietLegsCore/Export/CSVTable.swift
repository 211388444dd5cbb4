/// Reads and writes RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes.
public enum CSVTable {
  /// One record as a line (ending in CRLF).
  public static func line(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\r\n"
  }

  static func quoted(_ field: String) -> String {
    let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    // A leading =, +, - or @ would run as a formula in spreadsheets: prefix a quote mark. Text
    // that already starts with quote marks before such a sign gets one more, so reading it back
    // (which removes exactly one) gives the original.
    var value = field
    if looksLikeFormula(value), Double(value) == nil { value = "'" + value }
    guard needsQuotes || value != field else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Undoes the quote mark `line` puts before a leading `=`, `+`, `-` or `@`.
  public static func removingFormulaGuard(_ field: String) -> String {
    field.hasPrefix("'") && looksLikeFormula(field) ? String(field.dropFirst()) : field
  }

  /// True when the text is quote marks (maybe none) followed by `=`, `+`, `-` or `@`.
  static func looksLikeFormula(_ text: String) -> Bool {
    guard let sign = text.first(where: { $0 != "'" }) else { return false }
    return "=+-@".contains(sign)
  }

  /// A problem reading CSV text.
  public struct ParseError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Splits CSV text into records of fields, with the line each record starts on.
  public static func parse(_ text: String) throws(ParseError) -> [(line: Int, fields: [String])] {
    var records: [(Int, [String])] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var line = 1
    var recordLine = 1
    var iterator = Array(text).makeIterator()
    var pending: Character? = nil
    func next() -> Character? {
      if let p = pending {
        pending = nil
        return p
      }
      return iterator.next()
    }
    var afterQuote = false
    while let c = next() {
      if inQuotes {
        if c == "\"" {
          if let n = next() {
            if n == "\"" {
              field.append("\"")
            } else {
              inQuotes = false
              afterQuote = true
              pending = n
            }
          } else {
            inQuotes = false
          }
        } else {
          if c == "\n" || c == "\r\n" { line += 1 }
          field.append(c)
        }
        continue
      }
      switch c {
      case ",":
        fields.append(field)
        field = ""
        afterQuote = false
      case "\n", "\r\n", "\r":
        fields.append(field)
        if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
        fields = []
        field = ""
        afterQuote = false
        line += 1
        recordLine = line
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
      fields.append(field)
      records.append((recordLine, fields))
    }
    return records
  }
}
