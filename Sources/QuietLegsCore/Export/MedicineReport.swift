/// The report's medicines, "when restless legs start" and iron-against-ferritin sections, as
/// Markdown and HTML; `MarkdownReport` and `HTMLReport` place them.
public enum MedicineReport {
  /// Start and stop dates of medicines that fall in the week starting `start`.
  static func events(_ r: DoctorReport, week start: CivilDate) -> [String] {
    let end = start.adding(days: 6)
    var out: [String] = []
    for m in r.medicines {
      if m.since >= start && m.since <= end { out.append("started \(m.name) \(m.since)") }
      if let until = m.until, until >= start && until <= end { out.append("stopped \(m.name) \(until)") }
    }
    return out
  }

  /// The earliest and latest hour the text chart spans (16:00 to 06:00 the next morning).
  static let chartHours = 16...30

  /// A row of dots with `●` at the median's hour; `·` only for a week without restless legs.
  static func strip(_ median: Int?) -> String {
    let slots = chartHours.count
    guard let median else { return String(repeating: "·", count: slots) }
    let index = min(max(median / 60 - chartHours.lowerBound, 0), slots - 1)
    return String(repeating: "·", count: index) + "●" + String(repeating: "·", count: slots - index - 1)
  }

  /// Iron medicines' start and stop dates and ferritin values, in date order.
  public static func ironTimeline(medicines: [Medicine], labs: [LabResult]) -> [(
    date: CivilDate, text: String
  )] {
    var items: [(CivilDate, String)] = []
    for m in medicines where m.group?.isIron == true {
      items.append((m.since, "started \(m.name)"))
      if let until = m.until { items.append((until, "stopped \(m.name)")) }
    }
    for lab in labs where lab.test == .ferritin {
      items.append((lab.takenOn, "ferritin \(lab.formattedValue) \(lab.unit)"))
    }
    return items.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map {
      (date: $0.element.0, text: $0.element.1)
    }
  }

  static func onsetNote(_ r: DoctorReport) -> String {
    "The clock time of each night's first restless-legs episode (local time), and the median of each week. "
      + "On a dopamine agonist or levodopa, symptoms starting earlier in the evening can be a sign of "
      + "augmentation (\(r.sourceNames(AugmentationWatch.sources)))."
  }

  /// The Markdown lines of the three sections.
  public static func markdown(_ r: DoctorReport) -> [String] {
    var out = ["## Medicines and supplements (the person's own list)", ""]
    out.append(MedicineRules.prescriberNote)
    out.append("")
    if r.medicines.isEmpty { out.append("None listed.") }
    for m in r.medicines {
      var line = "- \(MarkdownReport.oneLine(MedicineText.line(m)))"
      if let link = MedicineText.groupLine(m) { line += ". " + link }
      out.append(line)
    }
    out.append("")
    out.append("## When restless legs start")
    out.append("")
    out.append(onsetNote(r))
    out.append("")
    out.append("| week of | RLS nights | median start | 16:00 → 06:00 | medicines |")
    out.append("|---|---:|---:|---|---|")
    for week in r.onsetWeeks {
      let median = week.median.map { RLSOnset.clock($0, r.clock) } ?? "-"
      let notes = events(r, week: week.start).map(MarkdownReport.oneLine).joined(separator: "; ")
      out.append("| \(week.start) | \(week.nights) | \(median) | `\(strip(week.median))` | \(notes) |")
    }
    let iron = ironTimeline(medicines: r.medicines, labs: r.labs)
    if iron.contains(where: { $0.text.hasPrefix("started") }) {
      out.append("")
      out.append("## Iron treatment and ferritin")
      out.append("")
      for item in iron { out.append("- \(item.date): \(MarkdownReport.oneLine(item.text))") }
    }
    out.append("")
    return out
  }

  /// The HTML of the three sections, with a line chart of the weekly median onset.
  public static func html(_ r: DoctorReport) -> String {
    let e = HTMLReport.escape
    var body = "<h2>Medicines and supplements (the person's own list)</h2>\n"
    body += "<p>\(e(MedicineRules.prescriberNote))</p>\n<ul>\n"
    if r.medicines.isEmpty { body += HTMLReport.li("None listed.") }
    for m in r.medicines {
      body += HTMLReport.li(MedicineText.line(m) + (MedicineText.groupLine(m).map { ". " + $0 } ?? ""))
    }
    body += "</ul>\n<h2>When restless legs start</h2>\n" + chart(r)
    body += "<p class=\"muted\">\(e(onsetNote(r)))</p>\n"
    body += "<table><tr><th>week of</th><th>RLS nights</th><th>median start</th><th>medicines</th></tr>\n"
    for week in r.onsetWeeks {
      let notes = events(r, week: week.start).joined(separator: "; ")
      body +=
        "<tr><td>\(week.start)</td><td>\(week.nights)</td><td>\(week.median.map { RLSOnset.clock($0, r.clock) } ?? "-")</td><td>\(e(notes))</td></tr>\n"
    }
    body += "</table>\n"
    let iron = ironTimeline(medicines: r.medicines, labs: r.labs)
    if iron.contains(where: { $0.text.hasPrefix("started") }) {
      body += "<h2>Iron treatment and ferritin</h2>\n<ul>\n"
      for item in iron { body += HTMLReport.li("\(item.date): \(item.text)") }
      body += "</ul>\n"
    }
    return body
  }

  /// Weekly median onset as a line (earlier higher up), medicine starts and stops as dashed lines.
  static func chart(_ r: DoctorReport) -> String {
    // As wide as the nights chart at most, scaled to the page by its viewBox (see HTMLReport.chart).
    let step = min(32.0, Double(HTMLReport.chartMaxWidth - 40) / Double(max(r.onsetWeeks.count, 1)))
    let height = 150
    let width = Int((Double(max(r.onsetWeeks.count, 1)) * step).rounded(.up)) + 40
    let labelEvery = Int((28 / step).rounded(.up))
    let top = chartHours.lowerBound * 60
    let span = (chartHours.upperBound - chartHours.lowerBound) * 60
    func y(_ minutes: Int) -> Int { 10 + (min(max(minutes - top, 0), span) * (height - 20)) / span }
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height + 20)\" width=\"100%\" style=\"max-width: \(width)px\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"Median time restless legs started, by week\">\n"
    for hour in stride(from: chartHours.lowerBound, through: chartHours.upperBound, by: 2) {
      let lineY = y(hour * 60)
      svg +=
        "<line x1=\"36\" y1=\"\(lineY)\" x2=\"\(width)\" y2=\"\(lineY)\" stroke=\"#ddd\"/><text x=\"0\" y=\"\(lineY + 3)\" font-size=\"9\">\(RLSOnset.clock(hour * 60, r.clock))</text>\n"
    }
    var points: [String] = []
    for (index, week) in r.onsetWeeks.enumerated() {
      let x = HTMLReport.number(40 + Double(index) * step + step / 2)
      if !events(r, week: week.start).isEmpty {
        svg +=
          "<line x1=\"\(x)\" y1=\"4\" x2=\"\(x)\" y2=\"\(height - 6)\" stroke=\"#7a5\" stroke-dasharray=\"3 3\"><title>\(HTMLReport.escape(events(r, week: week.start).joined(separator: "; ")))</title></line>\n"
      }
      if let median = week.median {
        points.append("\(x),\(y(median))")
        svg +=
          "<circle cx=\"\(x)\" cy=\"\(y(median))\" r=\"3\" fill=\"#345\"><title>week of \(week.start): \(RLSOnset.clock(median, r.clock)), \(week.nights) nights</title></circle>\n"
      }
      if index % labelEvery == 0 {
        svg +=
          "<text x=\"\(x)\" text-anchor=\"middle\" y=\"\(height + 14)\" font-size=\"9\">\(week.start.month)/\(week.start.day)</text>\n"
      }
    }
    if points.count > 1 {
      svg += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#345\"/>\n"
    }
    return svg + "</svg>\n"
  }
}
