import Foundation

extension JournalImporter {
  /// What a QuietLegs JSON export looks like, for messages about files that are not one.
  static let exportShape =
    "an export is an object with \"format\": \"quietlegs-journal\" and an \"episodes\" list"

  /// The JSON backup in `text`; a file that is not one is refused with what it holds instead.
  static func decodeBackup(_ text: String) throws(ImportError) -> JournalBackup {
    let backup: JournalBackup
    do {
      backup = try JSONDecoder().decode(JournalBackup.self, from: Data(text.utf8))
    } catch {
      throw problem(error, text: text)
    }
    guard backup.format == "quietlegs-journal" else {
      throw ImportError.notAnExport("format is '\(backup.format)', expected 'quietlegs-journal'")
    }
    guard backup.version == JournalBackup.currentVersion else {
      let newer = backup.version > JournalBackup.currentVersion
      throw ImportError(
        record: nil, line: nil,
        message: "version: \(backup.version) is "
          + (newer
            ? "from a newer QuietLegs; update the program to import it"
            : "not a layout this program wrote; QuietLegs exports are version \(JournalBackup.currentVersion)")
      )
    }
    return backup
  }

  /// A decoding failure in words: where in the file, what was found and what is allowed.
  static func problem(_ error: Error, text: String) -> ImportError {
    func at(_ keys: [CodingKey], _ message: String) -> ImportError {
      ImportError(record: nil, line: nil, message: "\(path(keys)) \(message)")
    }
    switch error {
    case DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty,
      DecodingError.valueNotFound(_, let context) where context.codingPath.isEmpty:
      return .notAnExport("the file holds \(topLevel(text)), but \(exportShape)")
    case DecodingError.keyNotFound(let key, let context) where context.codingPath.isEmpty:
      return .notAnExport("the JSON object has no \"\(key.stringValue)\" list; \(exportShape)")
    case DecodingError.typeMismatch(let type, let context):
      return at(context.codingPath, "must be \(jsonName(type))")
    case DecodingError.valueNotFound(let type, let context):
      return at(context.codingPath, "must be \(jsonName(type)), not null")
    case DecodingError.keyNotFound(let key, let context):
      return at(context.codingPath + [key], "is missing")
    case DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty:
      return at(context.codingPath, "is not valid: \(context.debugDescription)")
    default:
      let blank = text.allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" }
      return .notAnExport(blank ? "the file is empty" : "the file is not valid JSON")
    }
  }

  /// What the top level of a JSON text is, from its first character.
  static func topLevel(_ text: String) -> String {
    switch text.first(where: { !($0.isWhitespace || $0 == "\u{FEFF}") }) {
    case "[": "a JSON list"
    case "\"": "a JSON string"
    case "n": "null"
    case "t", "f": "true or false"
    default: "a number"
    }
  }

  /// The JSON word for a Swift type the decoder expected.
  static func jsonName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Bool.Type: "true or false"
    case is Int.Type, is Int64.Type, is Double.Type: "a number"
    case is [Any].Type: "a list"
    default: "an object"
    }
  }

  /// `episodes[0].severity` for a coding path.
  static func path(_ keys: [CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      .trimmingCharacters(in: CharacterSet(charactersIn: "."))
  }
}
