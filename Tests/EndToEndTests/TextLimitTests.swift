import Foundation
import Testing

/// One limit per text on the real binary: the command line and import refuse a longer cause
/// note out loud, and the full screen never shortens one by opening it.
@Suite("Text limits", .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TextLimitEndToEndTests {
  @Test func commandLineAndImportRefuseALongerCauseNote() throws {
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    let refused = try cli.run(["check", "iron-deficiency", "--note", String(repeating: "x", count: 5001)])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("note: is 5,001 characters; a cause note holds at most 5,000"),
      "\(refused.stderr)")
    #expect(try cli.run(["causes", "--mine"]).stdout.contains("iron-deficiency") == false, "nothing saved")
    let file = cli.home.appendingPathComponent("long.json")
    let json = """
      {"format": "quietlegs-journal", "version": 1, "episodes": [],
       "checklist": [{"causeId": "statins", "ticked": false, "note": "\(String(repeating: "y", count: 5001))"}]}
      """
    try Data(json.utf8).write(to: file)
    let imported = try cli.run(["import", file.path])
    #expect(imported.status == 1)
    #expect(imported.stderr.contains("checklist: note: is 5,001 characters"), "\(imported.stderr)")
    let accepted = try cli.run(["check", "iron-deficiency", "--note", String(repeating: "x", count: 5000)])
    #expect(accepted.status == 0, "\(accepted.stderr)")
  }

  @Test("opening a 5,000-character note in the full screen and pressing Enter keeps all of it")
  func fullScreenKeepsALongNote() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    var cli = try QuietLegsProcess()
    defer { cli.cleanUp() }
    cli.environment["QUIETLEGS_DATA_DIR"] = tmux.dataDirectory.path
    let long = String(repeating: "x", count: 5000)
    #expect(try cli.run(["check", "iron-deficiency", "--note", long]).status == 0)
    try tmux.start(["tui", "--pane", "causes"])
    try tmux.waitFor("For you")
    try tmux.send("/")
    try tmux.send("-l", "iron")
    try tmux.send("Enter")
    // Text, Enter and more text in one read is a paste from a terminal that does not mark
    // pastes (docs/TUI.md): let the filter close before the next key, as a person's would.
    try tmux.waitFor { !$0.contains("Filter:") }
    try tmux.send("N")
    #expect(try tmux.waitFor("5,000/5,000").matched, "the counter shows the note is full")
    try tmux.send("Enter")
    #expect(try tmux.waitFor("Note unchanged.").matched)
    try tmux.send("q")
    #expect(try tmux.waitFor("[exited 0]").matched)
    let export = try cli.run(["export"])
    let object = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
    let checklist = object?["checklist"] as? [[String: Any]] ?? []
    #expect((checklist.first?["note"] as? String)?.count == 5000)
  }
}
