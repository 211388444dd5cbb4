import Foundation

/// Turns the journal into the text of an export file.
public enum JournalExporter {
  /// File layouts `quietlegs export` writes.
  public enum Format: String, Sendable, CaseIterable {
    case json, csv, ics
  }

  /// The whole export as bytes.
  public static func data(_ journal: Journal, format: Format, now: Date) throws -> Data {
    let episodes = try journal.allEpisodes()
    switch format {
    case .json:
      let backup = JournalBackup(
        exportedAt: Timestamp.iso(now, offsetSeconds: TimeZone.current.secondsFromGMT(for: now)),
        episodes: episodes.map(EpisodeJSON.init))
      var data = try backup.encoded()
      data.append(0x0A)
      return data
    case .csv:
      return Data(EpisodeCSV.text(episodes).utf8)
    case .ics:
      return Data(ICalendarWriter.text(episodes, now: now).utf8)
    }
  }
}
