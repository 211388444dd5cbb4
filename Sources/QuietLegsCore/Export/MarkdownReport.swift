import Foundation

/// Prints a `DoctorReport` as Markdown.
public enum MarkdownReport {
  public static func text(_ r: DoctorReport, zone: TimeZone) -> String {
    var out: [String] = []
    out.append("# QuietLegs summary: nights \(r.first) to \(r.last)")
    out.append("")
    out.append("Made \(ReportText.date(r.madeAt, zone: zone, clock: r.clock)). \(DoctorReport.disclaimer)")
    out.append("")
    guard !r.isEmpty else {
      out.append("No episodes were recorded in this period, and there are no ticked causes or lab values.")
      return out.joined(separator: "\n") + "\n"
    }
    out.append("## Nights per week")
    out.append("")
    out.append("A bad night has a cramp or restless-legs episode, or any episode that woke the person.")
    out.append(contentsOf: ReportText.nightsNotes(r))
    out.append("")
    out.append("| week of | bad nights | RLS nights | mean worst severity | |")
    out.append("|---|---:|---:|---:|---|")
    for week in r.weeks {
      let over = week.badNights > DoctorReport.badNightLine ? "above the rule of thumb" : ""
      let bar = String(repeating: "█", count: week.badNights)
      out.append(
        "| \(week.start) | \(week.badNights) \(bar) | \(week.rlsNights) | \(ReportText.severity(week.meanWorstSeverity)) | \(over) |"
      )
    }
    out.append("")
    out.append("## Episodes")
    out.append("")
    out.append(
      "- Total: \(r.episodeCount); by kind: \(ReportText.counts(r.kindCounts.map { ($0.kind.rawValue, $0.count) }))"
    )
    out.append("- Sides: \(ReportText.counts(r.sideCounts.map { ($0.label, $0.count) }))")
    out.append("- Sites: \(ReportText.counts(r.siteCounts.map { ($0.label, $0.count) }))")
    out.append("- Longest episode: \(ReportText.longest(r.longest))")
    out.append(
      "- Bedtime routines completed: \(ReportText.counts(r.routinesDone.map { ($0.routineId, $0.count) }))")
    out.append("")
    out.append(contentsOf: MedicineReport.markdown(r))
    out.append("## See a doctor: signs that apply")
    out.append("")
    if r.redFlags.isEmpty {
      out.append("None of the program's rules applies to this period.")
    } else {
      for flag in r.redFlags {
        out.append(
          "- **\(flag.urgency.label): \(flag.rule)**: \(flag.detail). \(flag.advice) (sources: \(r.sourceNames(flag.sources)))"
        )
      }
    }
    out.append("")
    out.append("## Signs to act on at once, whatever this record shows")
    out.append("")
    for flag in DoctorReport.urgentSigns { out.append("- " + ReportText.sign(flag, r)) }
    out.append("")
    out.append("## Causes the person ticked (at any time)")
    out.append("")
    if r.tickedCauses.isEmpty { out.append("None.") }
    for item in r.tickedCauses {
      var line =
        "- \(item.cause.title) (\(item.cause.condition.label)), ticked \(item.entry.tickedOn?.description ?? "-")"
      if !item.entry.note.isEmpty { line += ": \(oneLine(item.entry.note))" }
      out.append(line + " (sources: \(r.sourceNames(item.cause.sources)))")
    }
    out.append("")
    out.append("## Lab values (all recorded)")
    out.append("")
    if r.labs.isEmpty { out.append("None recorded.") }
    for lab in r.labs { out.append("- \(ReportText.lab(lab))") }
    if !r.labs.isEmpty {
      out.append("")
      out.append(ReportText.labThresholds)
    }
    out.append("")
    out.append("## Cramp or RLS? questionnaire")
    out.append("")
    if let q = r.questionnaire {
      out.append(
        "Latest (\(ReportText.date(q.result.takenAt, zone: zone, clock: r.clock))): **\(q.evaluation.outcome.headline)**."
      )
      for reason in q.evaluation.reasons { out.append("- \(reason)") }
      out.append("")
      out.append("\(q.evaluation.outcome.advice) (sources: \(r.sourceNames(q.evaluation.outcome.sources)))")
    } else {
      out.append("Not taken.")
    }
    out.append("")
    out.append("## Evening factors and bad nights")
    out.append("")
    out.append(FactorComparison.caveat)
    if let range = r.factorNights { out.append(FactorComparison.rangeText(range)) }
    out.append("")
    if r.factors.isEmpty {
      out.append("No evening factors were noted in this period.")
    } else {
      out.append(
        "| factor | nights with | bad with | nights without | bad without | mean worst severity with / without |"
      )
      out.append("|---|---:|---:|---:|---:|---|")
      for f in r.factors {
        if f.hasEnoughNights {
          out.append(
            "| \(f.factor.label) | \(f.nightsWith) | \(f.badWith) (\(f.percent(f.badShareWith))) | \(f.nightsWithout) | \(f.badWithout) (\(f.percent(f.badShareWithout))) | \(ReportText.severityPair(f)) |"
          )
        } else {
          out.append(
            "| \(f.factor.label) | \(f.nightsWith) | - | \(f.nightsWithout) | - | not enough nights yet |")
        }
      }
    }
    out.append("")
    out.append("## Sources")
    out.append("")
    out.append("Every source this summary cites, with its level of evidence.")
    out.append("")
    for source in r.sources { out.append("- **\(source.short)**: \(source.reference)") }
    return out.joined(separator: "\n") + "\n"
  }

  /// User text made safe for a terminal and for Markdown: cleaned of control characters, with
  /// inline HTML (`<`, `>`, `&`) written as entities and Markdown's inline marks (emphasis, code,
  /// links, strike-through, table bars, backslash) escaped, so a viewer shows it as typed.
  static func oneLine(_ text: String) -> String {
    var out = ""
    for scalar in TextSanitizer.clean(text).unicodeScalars {
      switch scalar {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "(", ")", "!", "~", "|", "#", "{", "}":
        out += "\\"
        out.unicodeScalars.append(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
