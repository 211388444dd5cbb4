import Foundation

/// The CSV layout of episodes: one header line, one episode a line.
public enum EpisodeCSV {
  /// Column names, in order.
  public static let columns = [
    "id", "uuid", "kind", "start", "night", "severity", "side", "site", "durationSeconds", "woke",
    "helped", "note",
  ]

  /// The whole CSV text of some episodes.
  public static func text(_ episodes: [Episode]) -> String {
    var out = CSVTable.line(columns)
    for episode in episodes {
      out += CSVTable.line([
        episode.id.map(String.init) ?? "", episode.uuid, episode.kind.rawValue,
        Timestamp.iso(episode.start, offsetSeconds: episode.utcOffsetSeconds),
        episode.night.description, String(episode.severity), episode.side?.rawValue ?? "",
        episode.site?.rawValue ?? "", episode.durationSeconds.map(String.init) ?? "",
        episode.woke ? "true" : "false", episode.helped.joined(separator: ";"), episode.note,
      ])
    }
    return out
  }

  /// Reads CSV text into JSON-shaped rows; a header line is required, unknown columns are errors.
  public static func rows(from text: String) throws(ImportError) -> [(line: Int, row: EpisodeJSON)] {
    let records: [(line: Int, fields: [String])]
    do {
      records = try CSVTable.parse(text)
    } catch {
      throw ImportError(record: nil, line: error.line, message: error.message)
    }
    guard let header = records.first else {
      throw ImportError(record: nil, line: 1, message: "the file is empty; expected a header line")
    }
    let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    for name in names where !columns.contains(name) {
      throw ImportError(
        record: nil, line: header.line,
        message: "unknown column '\(name)'; allowed: \(columns.joined(separator: ", "))")
    }
    for required in ["kind", "start", "severity"] where !names.contains(required) {
      throw ImportError(record: nil, line: header.line, message: "missing the '\(required)' column")
    }
    var rows: [(Int, EpisodeJSON)] = []
    for (index, record) in records.dropFirst().enumerated() {
      guard record.fields.count == names.count else {
        throw ImportError(
          record: index + 1, line: record.line,
          message: "has \(record.fields.count) fields; the header has \(names.count)")
      }
      var values: [String: String] = [:]
      for (name, value) in zip(names, record.fields) { values[name] = value }
      rows.append((record.line, try row(values, record: index + 1, line: record.line)))
    }
    return rows
  }

  private static func row(_ values: [String: String], record: Int, line: Int) throws(ImportError)
    -> EpisodeJSON
  {
    func number(_ key: String) throws(ImportError) -> Int? {
      guard let text = values[key], !text.isEmpty else { return nil }
      guard let value = NumberText.wholeNumber(text) else {
        throw ImportError(record: record, line: line, message: "\(key): '\(text)' is not a whole number")
      }
      return value
    }
    guard let severity = try number("severity") else {
      throw ImportError(record: record, line: line, message: "severity: missing; use 1 to 10")
    }
    let wokeText = (values["woke"] ?? "").lowercased()
    guard ["", "true", "false", "yes", "no", "1", "0"].contains(wokeText) else {
      throw ImportError(record: record, line: line, message: "woke: '\(wokeText)' is not true or false")
    }
    var json = EpisodeJSON(kind: values["kind"] ?? "", start: values["start"] ?? "", severity: severity)
    json.id = try number("id").map(Int64.init)
    json.uuid = values["uuid"]
    json.night = values["night"]
    json.side = values["side"]
    json.site = values["site"]
    json.durationSeconds = try number("durationSeconds")
    json.woke = ["true", "yes", "1"].contains(wokeText)
    json.helped = (values["helped"] ?? "").split(separator: ";").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    json.note = CSVTable.removingFormulaGuard(values["note"] ?? "")
    return json
  }
}
