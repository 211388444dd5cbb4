import Foundation
import Testing

@testable import QuietLegsCore

@Suite("The HTML report fits the page; both reports say the same things")
struct ReportLayoutTests {
  let now = instant("2026-11-22 09:30")

  /// A report over `weeks` weeks with one bad night (and one RLS night) every week.
  func report(weeks: Int) throws -> DoctorReport {
    let t = try TempJournal()
    for week in 0..<weeks {
      let night = day("2026-11-21").adding(days: -7 * week)
      try t.journal.add(
        EpisodeDraft(kind: .rls, start: t.nights.instant(in: night, hour: 23, minute: 0), severity: 4),
        nights: t.nights, now: now)
    }
    return try DoctorReportBuilder.build(
      journal: t.journal, weeks: weeks, now: now, nights: t.nights, weekStart: .monday)
  }

  /// The numbers in attribute `name` of every `<tag` in `svg`.
  func attributes(_ name: String, of tag: String, in svg: String) -> [Double] {
    svg.components(separatedBy: "<\(tag) ").dropFirst().compactMap { rest in
      let element = " " + rest.prefix { $0 != ">" }
      guard let range = element.range(of: " \(name)=\"") else { return nil }
      return Double(element[range.upperBound...].prefix { $0 != "\"" })
    }
  }

  @Test(
    "the nights chart takes the body's width at any length, with every week inside its drawing",
    arguments: [1, 4, 12, 26, 52, 104, 520])
  func chartFits(weeks: Int) throws {
    let svg = HTMLReport.chart(try report(weeks: weeks).weeks)
    let open = String(svg.prefix { $0 != "\n" })
    #expect(open.contains("width=\"100%\""), "the SVG is as wide as the body, never wider")
    let viewBox = try #require(open.range(of: "viewBox=\"0 0 ")).upperBound
    let drawingWidth = try #require(Double(open[viewBox...].prefix { $0 != " " }))
    #expect(drawingWidth <= Double(HTMLReport.chartMaxWidth))
    #expect(open.contains("max-width: \(Int(drawingWidth))px"), "a short chart is not blown up")
    let xs = attributes("x", of: "rect", in: svg)
    let widths = attributes("width", of: "rect", in: svg)
    #expect(xs.count == weeks, "a bar for every week")
    for (x, width) in zip(xs, widths) { #expect(x >= 0 && x + width <= drawingWidth) }
    let labels = attributes("x", of: "text", in: svg)
    #expect(!labels.isEmpty)
    for (a, b) in zip(labels, labels.dropFirst()) { #expect(b - a >= 28, "date labels never overlap") }
  }

  @Test("the onset chart of a 104-week report fits as well")
  func onsetChartFits() throws {
    var r = try report(weeks: 104)
    r.medicines = [Medicine(name: "pramipexole", since: day("2026-06-01"))]
    let svg = MedicineReport.chart(r)
    let open = String(svg.prefix { $0 != "\n" })
    #expect(open.contains("width=\"100%\"") && open.contains("viewBox=\"0 0 "))
    #expect(!open.contains("width=\"3"), "no fixed pixel width")
  }

  @Test("the HTML weekly and factor tables have the Markdown tables' columns, in the same order")
  func sameColumns() throws {
    let t = try TempJournal()
    for offset in 0..<10 {
      let night = day("2026-11-10").adding(days: offset)
      if offset % 2 == 0 { try t.journal.addFactors(["caffeine-late"], night: night) }
      try t.journal.add(
        EpisodeDraft(
          kind: .cramp, start: t.nights.instant(in: night, hour: 2, minute: 0), severity: 3 + offset % 5),
        nights: t.nights, now: now)
    }
    let r = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 4, now: now, nights: t.nights, weekStart: .monday)
    let markdown = MarkdownReport.text(r, zone: t.nights.timeZone)
    let html = HTMLReport.text(r, zone: t.nights.timeZone)
    let mdHeader = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| factor |") })
    let mdColumns = mdHeader.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let htmlHeader = try #require(html.split(separator: "\n").first { $0.hasPrefix("<table><tr><th>factor") })
    let htmlColumns = htmlHeader.components(separatedBy: "<th>").dropFirst().map {
      String($0.prefix { $0 != "<" })
    }
    #expect(htmlColumns == mdColumns)
    let mdWeeks = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| week of |") })
    let htmlWeeks = try #require(html.split(separator: "\n").first { $0.hasPrefix("<table><tr><th>week of") })
    #expect(
      htmlWeeks.components(separatedBy: "<th>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        == mdWeeks.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
          $0.trimmingCharacters(in: .whitespaces)
        })
    let caffeine = try #require(r.factors.first { $0.factor.id == "caffeine-late" })
    let pair = ReportText.severityPair(caffeine)
    #expect(markdown.contains("| \(pair) |") && html.contains("<td>\(pair)</td>"))
  }

  @Test("mean worst severity is over nights with episodes, in the weekly table and the factor table alike")
  func meanWorstSeverityMeansOneThing() throws {
    let t = try TempJournal()
    // Week of 16 Nov: two nights with episodes (worst 8 and 4), five quiet nights.
    for (night, severity) in [("2026-11-16", 8), ("2026-11-18", 4)] {
      try t.journal.addFactors(["caffeine-late"], night: day(night))
      try t.journal.add(
        EpisodeDraft(
          kind: .cramp, start: t.nights.instant(in: day(night), hour: 2, minute: 0), severity: severity),
        nights: t.nights, now: now)
    }
    try t.journal.addFactors(["caffeine-late"], night: day("2026-11-20"))
    let r = try DoctorReportBuilder.build(
      journal: t.journal, weeks: 1, now: now, nights: t.nights, weekStart: .monday)
    #expect(r.weeks.map(\.meanWorstSeverity) == [6])
    let caffeine = try #require(r.factors.first { $0.factor.id == "caffeine-late" })
    #expect(caffeine.nightsWith == 3)
    #expect(caffeine.meanSeverityWith == 6, "the quiet caffeine night neither lowers nor raises it")
    #expect(caffeine.meanSeverityWithout == 0)
    #expect(ReportText.severityPair(caffeine) == "6.0 / -")
  }

  @Test("the report's times follow the clock setting")
  func reportClock() throws {
    var r = try report(weeks: 1)
    r.clock = .twelveHour
    let zone = TimeZone(identifier: "Europe/Berlin")!
    #expect(MarkdownReport.text(r, zone: zone).contains("Made 22 Nov 2026, 9:30 am."))
    #expect(HTMLReport.text(r, zone: zone).contains("Made 22 Nov 2026, 9:30 am."))
    r.clock = .twentyFourHour
    #expect(MarkdownReport.text(r, zone: zone).contains("Made 22 Nov 2026, 09:30."))
  }
}
