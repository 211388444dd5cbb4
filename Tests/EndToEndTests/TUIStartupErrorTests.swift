import Foundation
import Testing

/// Starting the full-screen program where it cannot run.
@Suite("Full-screen program without a terminal")
struct TUIStartupErrorTests {
  @Test func withoutATerminalItIsAOneLineError() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    for arguments in [["tui"], []] {
      let result = try q.run(arguments)
      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1, "\(result.stderr)")
      #expect(result.stderr.hasPrefix("quietlegs: the full-screen program needs a terminal"))
    }
  }

  @Test func unknownPaneListsTheAllowedValues() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(["tui", "--pane", "diary"])
    #expect(result.status == 64)
    #expect(
      result.stderr.contains(
        "The value 'diary' is invalid for '--pane <pane>'. Please provide one of 'calendar', 'causes', 'routines' or 'insights'."
      ), "\(result.stderr)")
  }
}
