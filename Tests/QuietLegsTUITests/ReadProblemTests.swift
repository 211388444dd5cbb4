import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// A journal that cannot be read shows the same way in every pane that reads it: one line with
/// a warning mark saying the journal could not be read, and why; never an empty pane.
@Suite struct ReadProblemTests {
  static let line = "⚠ The journal could not be read:"

  /// Services over a journal whose file, write-ahead log and index are then overwritten with
  /// bytes that are no SQLite file, so every later read fails.
  static func brokenServices() throws -> AppServices {
    let services = Fixtures.services()
    let file = services.journal.file
    for suffix in ["", "-wal", "-shm"] {
      let path = file.path + suffix
      guard let handle = FileHandle(forWritingAtPath: path) else { continue }
      let size = try handle.seekToEnd()
      try handle.seek(toOffset: 0)
      try handle.write(contentsOf: Data(repeating: 0xA5, count: max(Int(size), 4096)))
      try handle.close()
    }
    return services
  }

  static func screen(_ pane: any Pane, focused: PaneID) -> String {
    Fixtures.screen(Fixtures.model(panes: [pane], focused: focused), width: 100, height: 30)
  }

  @Test("the calendar says so in place of its months, with how to restore a copy")
  func theCalendarSaysTheJournalCouldNotBeRead() throws {
    let services = try Self.brokenServices()
    var model = Fixtures.model(panes: [CalendarPane(services: services)])
    _ = model.update(.journalChanged)
    let screen = Fixtures.screen(model, width: 100, height: 30)
    #expect(screen.contains("The journal is damaged and cannot be read"))
    #expect(screen.contains("Press q to quit, then run `quietlegs restore FILE`"))
    #expect(!screen.contains("Mo    Tu    We"), "no empty month that would say nothing was recorded")
  }

  @Test func theCausesSayTheJournalCouldNotBeRead() throws {
    let services = try Self.brokenServices()
    #expect(Self.screen(CausesPane(services: services), focused: .causes).contains(Self.line))
  }

  @Test("Insights says the journal could not be read, not that nothing is recorded")
  func insightsSaysTheJournalCouldNotBeRead() throws {
    let services = try Self.brokenServices()
    let screen = Self.screen(InsightsPane(services: services), focused: .insights)
    #expect(screen.contains(Self.line))
    #expect(!screen.contains("Nothing recorded yet"))
  }

  @Test("the line is a warning mark and the problem, cut to the width")
  func theViewCutsToItsArea() {
    var buffer = Buffer(width: 30, height: 1)
    ReadProblemView(problem: ReadProblem("The journal could not be read: it is gone"))
      .render(into: &buffer, area: Rect(x: 2, y: 0, width: 20, height: 1))
    let text = buffer.text()
    #expect(text.hasPrefix("  ⚠ The journal could"))
    #expect(DisplayWidth.of(text.trimmingCharacters(in: .whitespaces)) <= 20)
  }
}
