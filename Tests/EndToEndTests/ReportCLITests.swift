import Foundation
import Testing

@Suite("Factors and the report on the command line")
struct ReportCLITests {
  @Test func factorsAreNotedAndCleared() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let added = try q.run(["factors", "--night", "2026-11-20", "caffeine-late", "alcohol"])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("[x] caffeine-late"))
    let cleared = try q.run(["factors", "--night", "2026-11-20", "--clear", "alcohol"]).stdout
    #expect(cleared.contains("[ ] alcohol"))
    let bad = try q.run(["factors", "coffee"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("factor: 'coffee' is unknown"))
    let json = try q.run(["export"]).stdout
    #expect(json.contains("\"factor\" : \"caffeine-late\""))
  }

  @Test func reportInBothFormats() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    #expect(try q.run(["report"]).stdout.contains("No episodes"))
    try q.run(["log", "cramp", "--at", "02:00", "--duration", "12m"])
    let markdown = try q.run(["report", "--weeks", "2"]).stdout
    #expect(markdown.contains("A cramp lasting more than 10 minutes"))
    let file = q.home.appendingPathComponent("report.html").path
    #expect(try q.run(["report", "--format", "html", "--output", file]).status == 0)
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(html.contains("<svg") && html.contains("</html>"))
    #expect(try q.run(["report", "--weeks", "0"]).stderr.contains("weeks"))
  }
}
