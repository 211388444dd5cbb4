import Foundation
import PropertyBased
import Testing

@testable import QuietLegsCore

/// Every export re-imports to the same journal: JSON and CSV exports of a journal full of
/// hostile text, imported into an empty journal and exported again, are byte-identical; the
/// iCalendar export parses.
@Suite("Round trips with hostile text")
struct RoundTripPropertyTests {
  static let now = instant("2026-11-23 09:00")

  /// Pieces that break careless writers: line breaks of every kind (CR LF is one Character),
  /// quotes, commas, formula signs, tabs, NUL, escape sequences, right-to-left text, emoji,
  /// combining marks (which join a quote mark before them into one Character).
  static let pieces = [
    "\r", "\r\n", "\n", "\"", ",", "=", "+", "-", "@", "'", "\t", "\u{0}", "\u{1B}[2J", "\u{07}",
    "\u{202E}", "שלום", "👍🏽", "👨‍👩‍👧", ";", "\u{301}", "\\", "a", " ", "=SUM(A1)", "<img src=x>", "é",
  ]

  /// 4,000 bytes in 1,000 characters.
  static let long = String(repeating: "😀", count: 1000)

  /// A note of up to ten pieces, sometimes after 4,000 bytes of emoji.
  static let note = zip(Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...10), Gen.int(in: 0...4))
    .map { parts, long in (long == 0 ? Self.long : "") + parts.joined() }

  /// A journal whose episodes (in time order, so ids match after import) and cause note carry `notes`.
  static func journal(notes: [String]) throws -> TempJournal {
    let temp = try TempJournal()
    for (index, note) in notes.enumerated() {
      try temp.journal.add(
        EpisodeDraft(
          kind: index % 2 == 0 ? .cramp : .rls, start: instant("2026-11-\(10 + index) 23:\(10 + index)"),
          severity: 1 + index, side: .left, durationSeconds: 61, woke: index % 2 == 0,
          helped: ["stretch", "hot shower"], note: note),
        nights: temp.nights, now: now)
    }
    try temp.journal.setTicked("caffeine", true, on: day("2026-11-02"), note: notes.first ?? "")
    _ = try temp.journal.addLab(LabResult(test: .tsat, value: 19.95, unit: "%", takenOn: day("2026-11-03")))
    try temp.journal.addFactors(["alcohol"], night: day("2026-11-10"))
    return temp
  }

  /// SQLite text ends at NUL, so a note holding one could not come back whole: an import refuses
  /// it, naming the record and field. True when no note holds NUL (the round trip can go on).
  /// The note with its NUL characters taken out, as a person would have to retype it.
  static func withoutNUL(_ note: String) -> String {
    String(String.UnicodeScalarView(note.unicodeScalars.filter { $0 != "\0" }))
  }

  static func refusesNUL(_ notes: [String]) throws -> Bool {
    guard let index = notes.firstIndex(where: { $0.unicodeScalars.contains("\0") }) else { return true }
    var backup = JournalBackup(exportedAt: "", episodes: [])
    backup.episodes = notes.map {
      var row = EpisodeJSON(kind: "cramp", start: "2026-11-10T23:00:00+01:00", severity: 5)
      row.note = $0
      return row
    }
    let target = try TempJournal()
    let data = try backup.encoded()
    do throws(ImportError) {
      _ = try JournalImporter.bundle(from: data, format: .json, nights: target.nights, now: now)
      Issue.record("a note with NUL was accepted")
    } catch {
      #expect(error.record == index + 1 && error.message.contains("note: contains a NUL"), "\(error)")
    }
    return false
  }

  static func reexported(_ data: Data, format: JournalImporter.Format) throws -> Data {
    let target = try TempJournal()
    let bundle = try JournalImporter.bundle(from: data, format: format, nights: target.nights, now: now)
    _ = try target.journal.importBundle(bundle, nights: target.nights)
    return try JournalExporter.data(
      target.journal, format: format == .json ? .json : .csv, now: now, nights: target.nights)
  }

  @Test func jsonAndCSVExportsReimportToTheSameBytes() async {
    await propertyCheck(count: 60, input: Self.note.array(of: 1...4)) { notes in
      do {
        // A NUL is refused on import (checked here); the round trip then runs on the rest.
        _ = try Self.refusesNUL(notes)
        let notes = notes.map(Self.withoutNUL)
        let source = try Self.journal(notes: notes)
        for format in [JournalImporter.Format.json, .csv] {
          let first = try JournalExporter.data(
            source.journal, format: format == .json ? .json : .csv, now: Self.now, nights: source.nights)
          let second = try Self.reexported(first, format: format)
          #expect(
            first == second,
            "\(format): \(String(decoding: first, as: UTF8.self).debugDescription) became \(String(decoding: second, as: UTF8.self).debugDescription)"
          )
        }
      } catch {
        Issue.record("\(notes.map(\.debugDescription)): \(error)")
      }
    }
  }

  @Test func icsExportParses() async {
    await propertyCheck(count: 60, input: Self.note.array(of: 1...4)) { notes in
      do {
        // A NUL is refused on import (checked here); the round trip then runs on the rest.
        _ = try Self.refusesNUL(notes)
        let notes = notes.map(Self.withoutNUL)
        let source = try Self.journal(notes: notes)
        let data = try JournalExporter.data(
          source.journal, format: .ics, now: Self.now, nights: source.nights)
        let events = try ICalendarCheck.events(String(decoding: data, as: UTF8.self))
        #expect(events.count == notes.count)
        for (event, note) in zip(events, notes) {
          let description = try #require(event["DESCRIPTION"])
          let cleaned = String(
            String.UnicodeScalarView(
              note.unicodeScalars.filter { $0 == "\n" || $0.value >= 0x20 && $0.value != 0x7F }))
          #expect(description.hasSuffix(cleaned), "\(description.debugDescription) ends with the note")
        }
      } catch {
        Issue.record("\(notes.map(\.debugDescription)): \(error)")
      }
    }
  }
}

/// A strict reader of the iCalendar the exporter writes (RFC 5545): CRLF lines of at most 75
/// octets, folded with a leading space, `NAME:value` content lines, balanced BEGIN/END.
enum ICalendarCheck {
  struct Problem: Error, CustomStringConvertible { var description: String }

  /// The properties of each VEVENT, with TEXT values unescaped.
  static func events(_ text: String) throws -> [[String: String]] {
    guard text.hasSuffix("\r\n") else { throw Problem(description: "does not end in CRLF") }
    var physical = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      Array($0)
    }
    physical.removeLast()
    var lines: [String] = []
    for var raw in physical {
      guard raw.last == UInt8(ascii: "\r") else { throw Problem(description: "a bare LF") }
      raw.removeLast()
      guard raw.count <= 75 else { throw Problem(description: "a line over 75 octets") }
      guard !raw.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F }) else {
        throw Problem(description: "a control character in \(raw)")
      }
      guard let line = String(validating: raw, as: UTF8.self) else {
        throw Problem(description: "a fold split a UTF-8 sequence")
      }
      if raw.first == UInt8(ascii: " ") {
        guard !lines.isEmpty else { throw Problem(description: "starts with a continuation") }
        lines[lines.count - 1].unicodeScalars.append(contentsOf: line.unicodeScalars.dropFirst())
      } else {
        lines.append(line)
      }
    }
    guard lines.first == "BEGIN:VCALENDAR", lines.last == "END:VCALENDAR" else {
      throw Problem(description: "not one VCALENDAR")
    }
    var events: [[String: String]] = []
    var current: [String: String]?
    for line in lines.dropFirst().dropLast() {
      let scalars = line.unicodeScalars
      guard let colon = scalars.firstIndex(of: ":") else { throw Problem(description: "no colon: \(line)") }
      let name = String(scalars[..<colon])
      let value = String(scalars[scalars.index(after: colon)...])
      switch (name, value) {
      case ("BEGIN", "VEVENT"):
        guard current == nil else { throw Problem(description: "nested VEVENT") }
        current = [:]
      case ("END", "VEVENT"):
        guard let event = current else { throw Problem(description: "END without BEGIN") }
        events.append(event)
        current = nil
      default:
        if current != nil { current![name] = try unescape(value) }
      }
    }
    guard current == nil else { throw Problem(description: "an unclosed VEVENT") }
    return events
  }

  static func unescape(_ value: String) throws -> String {
    var out = ""
    var escaping = false
    for scalar in value.unicodeScalars {
      if escaping {
        switch scalar {
        case "n", "N": out += "\n"
        case "\\", ";", ",": out.unicodeScalars.append(scalar)
        default: throw Problem(description: "a bad escape \\\(scalar)")
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else if scalar == ";" || scalar == "," {
        throw Problem(description: "an unescaped \(scalar) in \(value)")
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    guard !escaping else { throw Problem(description: "a value ends in a backslash") }
    return out
  }
}
