/// Why an import file was refused; nothing of it was saved.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based number of the record at fault, when one is.
  public var record: Int?
  /// 1-based line in the file, when known.
  public var line: Int?
  public var message: String

  public init(record: Int?, line: Int?, message: String) {
    self.record = record
    self.line = line
    self.message = message
  }

  public var description: String {
    var place: [String] = []
    if let line { place.append("line \(line)") }
    if let record { place.append("record \(record)") }
    let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
    return prefix + message + "; nothing was imported"
  }
}

extension ImportError {
  /// What `quietlegs import` reads, for messages about a file it cannot use.
  public static let allowedFiles = "import a QuietLegs JSON export or CSV from `quietlegs export`"

  /// A file that is not a QuietLegs export at all: says what it holds and what is allowed.
  static func notAnExport(_ what: String) -> ImportError {
    ImportError(record: nil, line: nil, message: "not a QuietLegs export: \(what); \(allowedFiles)")
  }
}
