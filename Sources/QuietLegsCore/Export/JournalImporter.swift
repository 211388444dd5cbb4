import Foundation

/// What an import added and what it skipped as already present.
public struct ImportSummary: Sendable, Equatable {
  /// Episodes added.
  public var added: Int
  /// Episodes already present.
  public var skipped: Int
  /// Other records (ticks, labs, sessions, factors, questionnaires) added or updated.
  public var otherAdded: Int = 0

  public init(added: Int, skipped: Int, otherAdded: Int = 0) {
    self.added = added
    self.skipped = skipped
    self.otherAdded = otherAdded
  }
}

/// Reads a JSON backup or an episode CSV into the journal, all or nothing; importing the same
/// file twice adds nothing the second time.
public enum JournalImporter {
  /// File layouts `quietlegs import` reads.
  public enum Format: String, Sendable, CaseIterable {
    case json, csv

    /// Guesses from the extension, then from the first character (`{` or `[` means JSON).
    public static func detect(path: String, data: Data) -> Format {
      if path.lowercased().hasSuffix(".csv") { return .csv }
      if path.lowercased().hasSuffix(".json") { return .json }
      let first = data.first {
        !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
      }
      return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .csv
    }
  }

  /// Parses the file's bytes into every kind of record, checking all before anything is saved.
  /// `customFactors` are the person's own factor ids (config.toml); other unknown ids are refused.
  public static func bundle(
    from data: Data, format: Format, nights: NightCalendar, now: Date, customFactors: [String] = []
  ) throws(ImportError) -> ImportBundle {
    guard let text = String(data: data, encoding: .utf8) else {
      throw ImportError.notAnExport("the file is not UTF-8 text")
    }
    switch format {
    case .json:
      let backup = try decodeBackup(text)
      var bundle = try ImportBundle(
        otherRecordsOf: backup, today: nights.localDate(of: now), tonight: nights.night(of: now),
        factorIds: Set(EveningFactor.all(custom: customFactors).map(\.id)))
      (bundle.medicines, bundle.doses) = try MedicineImport.read(backup.medicines, nights: nights, now: now)
      for (index, row) in backup.episodes.enumerated() {
        do {
          bundle.add(try row.episode(nights: nights, now: now), from: row)
        } catch {
          throw ImportError(record: index + 1, line: nil, message: "episode \(error.description)")
        }
      }
      try refuseNUL(in: bundle)
      return bundle
    case .csv:
      var bundle = ImportBundle()
      for (index, item) in try EpisodeCSV.rows(from: text).enumerated() {
        do {
          bundle.add(try item.row.episode(nights: nights, now: now), from: item.row)
        } catch {
          throw ImportError(record: index + 1, line: item.line, message: error.description)
        }
      }
      try refuseNUL(in: bundle)
      return bundle
    }
  }

  /// Refuses a text holding U+0000: the journal cannot store it (SQLite text ends at NUL), so it
  /// would be cut short there without a word.
  static func refuseNUL(in bundle: ImportBundle) throws(ImportError) {
    func fail(_ what: String, _ index: Int, _ field: String) -> ImportError {
      ImportError(
        record: index + 1, line: nil,
        message: "\(what)\(field): contains a NUL character (U+0000), which cannot be stored; remove it")
    }
    for (index, episode) in bundle.episodes.enumerated() {
      if episode.note.unicodeScalars.contains("\0") { throw fail("episode ", index, "note") }
      if episode.helped.contains(where: { $0.unicodeScalars.contains("\0") }) {
        throw fail("episode ", index, "helped")
      }
    }
    for (index, entry) in bundle.checklist.enumerated() where entry.note.unicodeScalars.contains("\0") {
      throw fail("checklist: ", index, "note")
    }
  }
}
