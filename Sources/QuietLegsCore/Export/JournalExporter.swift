import Foundation

/// Turns the journal into the text of an export file.
public enum JournalExporter {
  /// File layouts `quietlegs export` writes.
  public enum Format: String, Sendable, CaseIterable {
    case json, csv, ics
  }

  /// The whole export as bytes.
  public static func data(
    _ journal: Journal, format: Format, now: Date, nights: NightCalendar = NightCalendar()
  ) throws -> Data {
    switch format {
    case .json:
      var data = try journal.exportDocument(now: now, nights: nights).encoded()
      data.append(0x0A)
      return data
    case .csv:
      return Data(EpisodeCSV.text(try journal.allEpisodes()).utf8)
    case .ics:
      return Data(ICalendarWriter.text(try journal.allEpisodes(), now: now).utf8)
    }
  }
}
