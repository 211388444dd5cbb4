import Foundation

/// Prints a `DoctorReport` as one self-contained, printable HTML page with an inline SVG chart.
public enum HTMLReport {
  public static func text(_ r: DoctorReport, zone: TimeZone) -> String {
    var body = ""
    body += "<h1>QuietLegs summary: nights \(r.first) to \(r.last)</h1>\n"
    body +=
      "<p class=\"muted\">Made \(escape(ReportText.date(r.madeAt, zone: zone, clock: r.clock))). \(escape(DoctorReport.disclaimer))</p>\n"
    guard !r.isEmpty else {
      body +=
        "<p>No episodes were recorded in this period, and there are no ticked causes or lab values.</p>\n"
      return page(body)
    }
    body += "<h2>Nights per week</h2>\n" + chart(r.weeks)
    body +=
      "<p class=\"muted\">Bars: bad nights (a cramp or restless-legs episode, or any episode that woke the person). Dashed line: more than \(DoctorReport.badNightLine) a week. Dots: nights with restless legs.</p>\n"
    for note in ReportText.nightsNotes(r) { body += "<p class=\"muted\">\(escape(note))</p>\n" }
    body += weekTable(r.weeks)
    body += "<h2>Episodes</h2>\n<ul>\n"
    body += li(
      "Total: \(r.episodeCount); by kind: \(ReportText.counts(r.kindCounts.map { ($0.kind.rawValue, $0.count) }))"
    )
    body += li("Sides: \(ReportText.counts(r.sideCounts.map { ($0.label, $0.count) }))")
    body += li("Sites: \(ReportText.counts(r.siteCounts.map { ($0.label, $0.count) }))")
    body += li("Longest episode: \(ReportText.longest(r.longest))")
    body += li(
      "Bedtime routines completed: \(ReportText.counts(r.routinesDone.map { ($0.routineId, $0.count) }))")
    body += "</ul>\n" + MedicineReport.html(r)
    body += "<h2>See a doctor: signs that apply</h2>\n<ul>\n"
    if r.redFlags.isEmpty { body += li("None of the program's rules applies to this period.") }
    for flag in r.redFlags {
      body +=
        "<li><strong>\(escape(flag.urgency.label)): \(escape(flag.rule))</strong>: \(escape(flag.detail)). \(escape(flag.advice)) <span class=\"muted\">(sources: \(escape(r.sourceNames(flag.sources))))</span></li>\n"
    }
    body += "</ul>\n<h2>Signs to act on at once, whatever this record shows</h2>\n<ul>\n"
    for flag in DoctorReport.urgentSigns { body += li(ReportText.sign(flag, r)) }
    body += "</ul>\n<h2>Causes the person ticked (at any time)</h2>\n<ul>\n"
    if r.tickedCauses.isEmpty { body += li("None.") }
    for item in r.tickedCauses {
      var line =
        "\(item.cause.title) (\(item.cause.condition.label)), ticked \(item.entry.tickedOn?.description ?? "-")"
      if !item.entry.note.isEmpty { line += ": \(TextSanitizer.clean(item.entry.note))" }
      body += li(line + " (sources: \(r.sourceNames(item.cause.sources)))")
    }
    body += "</ul>\n<h2>Lab values (all recorded)</h2>\n<ul>\n"
    if r.labs.isEmpty { body += li("None recorded.") }
    for lab in r.labs { body += li(ReportText.lab(lab)) }
    body += "</ul>\n"
    if !r.labs.isEmpty { body += "<p class=\"muted\">\(escape(ReportText.labThresholds))</p>\n" }
    body += "<h2>Cramp or RLS? questionnaire</h2>\n"
    if let q = r.questionnaire {
      body +=
        "<p>Latest (\(escape(ReportText.date(q.result.takenAt, zone: zone, clock: r.clock)))): <strong>\(escape(q.evaluation.outcome.headline))</strong></p>\n<ul>\n"
      for reason in q.evaluation.reasons { body += li(reason) }
      body += "</ul>\n"
      body +=
        "<p>\(escape(q.evaluation.outcome.advice)) <span class=\"muted\">(sources: \(escape(r.sourceNames(q.evaluation.outcome.sources))))</span></p>\n"
    } else {
      body += "<p>Not taken.</p>\n"
    }
    body +=
      "<h2>Evening factors and bad nights</h2>\n<p class=\"muted\">\(escape(FactorComparison.caveat))"
      + (r.factorNights.map { " " + escape(FactorComparison.rangeText($0)) } ?? "") + "</p>\n"
    if r.factors.isEmpty {
      body += "<p>No evening factors were noted in this period.</p>\n"
    } else {
      body +=
        "<table><tr><th>factor</th><th>nights with</th><th>bad with</th><th>nights without</th><th>bad without</th><th>mean worst severity with / without</th></tr>\n"
      for f in r.factors {
        if f.hasEnoughNights {
          body +=
            "<tr><td>\(escape(f.factor.label))</td><td>\(f.nightsWith)</td><td>\(f.badWith) (\(f.percent(f.badShareWith)))</td><td>\(f.nightsWithout)</td><td>\(f.badWithout) (\(f.percent(f.badShareWithout)))</td><td>\(ReportText.severityPair(f))</td></tr>\n"
        } else {
          body +=
            "<tr><td>\(escape(f.factor.label))</td><td>\(f.nightsWith)</td><td>-</td><td>\(f.nightsWithout)</td><td>-</td><td>not enough nights yet</td></tr>\n"
        }
      }
      body += "</table>\n"
    }
    body +=
      "<h2>Sources</h2>\n<p class=\"muted\">Every source this summary cites, with its level of evidence.</p>\n<ul>\n"
    for source in r.sources {
      body += "<li><strong>\(escape(source.short))</strong>: \(escape(source.reference))</li>\n"
    }
    body += "</ul>\n"
    return page(body)
  }

  /// Widest the chart's drawing gets, in its own units; the page scales it to the body's width.
  static let chartMaxWidth = 720

  /// Bars of bad nights per week, a dashed line above 3, and dots for RLS nights. The SVG takes the
  /// body's width (`width="100%"` with a `viewBox`; never wider than its drawing, so a few weeks are
  /// not blown up), so 104 weeks fit a screen, A4 and Letter: the bars narrow as weeks are added,
  /// and the date labels thin out so they never overlap.
  static func chart(_ weeks: [DoctorReport.Week]) -> String {
    let height = 140
    let unit = 16
    let count = max(weeks.count, 1)
    let perWeek = min(32.0, Double(chartMaxWidth - 8) / Double(count))
    let gap = perWeek / 4
    let barWidth = perWeek - gap
    let width = Int((Double(count) * perWeek + gap).rounded(.up))
    let labelEvery = Int((28 / perWeek).rounded(.up))
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height + 30)\" width=\"100%\" "
      + "style=\"max-width: \(width)px\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"Bad nights per week\">\n"
    let lineY = height - (DoctorReport.badNightLine * unit + unit / 2)
    svg +=
      "<line x1=\"0\" y1=\"\(lineY)\" x2=\"\(width)\" y2=\"\(lineY)\" stroke=\"#b00\" stroke-dasharray=\"4 3\"/>\n"
    for (index, week) in weeks.enumerated() {
      let x = gap + Double(index) * perWeek
      let barHeight = week.badNights * unit
      let color = week.badNights > DoctorReport.badNightLine ? "#c0504d" : "#6b8fb3"
      svg +=
        "<rect x=\"\(number(x))\" y=\"\(height - barHeight)\" width=\"\(number(barWidth))\" height=\"\(barHeight)\" fill=\"\(color)\"><title>week of \(week.start): \(week.badNights) bad nights, \(week.rlsNights) with RLS</title></rect>\n"
      for dot in 0..<week.rlsNights {
        svg +=
          "<circle cx=\"\(number(x + barWidth / 2))\" cy=\"\(height - 6 - dot * 10)\" r=\"\(number(min(3, barWidth / 2)))\" fill=\"#fff\" stroke=\"#333\"/>\n"
      }
      if index % labelEvery == 0 {
        svg +=
          "<text x=\"\(number(x))\" y=\"\(height + 14)\" font-size=\"9\">\(week.start.month)/\(week.start.day)</text>\n"
      }
    }
    return svg + "</svg>\n"
  }

  /// The weekly table the Markdown report has, with the same columns.
  static func weekTable(_ weeks: [DoctorReport.Week]) -> String {
    var table =
      "<table><tr><th>week of</th><th>bad nights</th><th>RLS nights</th><th>mean worst severity</th><th></th></tr>\n"
    for week in weeks {
      let over = week.badNights > DoctorReport.badNightLine ? "above the rule of thumb" : ""
      table +=
        "<tr><td>\(week.start)</td><td>\(week.badNights)</td><td>\(week.rlsNights)</td><td>\(ReportText.severity(week.meanWorstSeverity))</td><td>\(over)</td></tr>\n"
    }
    return table + "</table>\n"
  }

  /// A coordinate with at most one decimal: `12`, `12.5`.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }

  static func li(_ text: String) -> String { "<li>\(escape(text))</li>\n" }

  /// Escapes text for HTML element content and attributes; drops control characters.
  public static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if scalar.value < 0x20 && scalar != "\n" || scalar.value == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func page(_ body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8"/>
    <title>QuietLegs summary</title>
    <style>
    body { font: 11pt/1.4 system-ui, sans-serif; max-width: 46em; margin: 1.5em auto; color: #222; }
    h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.2em; border-bottom: 1px solid #ccc; }
    .muted { color: #555; font-size: 0.9em; }
    svg { display: block; max-width: 100%; height: auto; }
    table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: right; }
    td:first-child, th:first-child { text-align: left; }
    @media print { body { margin: 0; } }
    </style>
    </head>
    <body>
    \(body)</body>
    </html>

    """
  }
}
