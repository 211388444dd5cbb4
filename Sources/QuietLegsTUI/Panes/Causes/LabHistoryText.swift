import QuietLegsCore

/// The lab history as lines: a chart per test against its threshold lines, what the lines mean
/// and their sources, without a verdict.
enum LabHistoryText {
  static func lines(labs: [LabResult], catalog: CauseCatalog, width: Int) -> [StyledLine] {
    var lines = StyledLine.wrapped("Lab results", width: width, role: .title)
    if labs.isEmpty {
      lines += StyledLine.wrapped(
        "No values yet. A ferritin blood test (ideally with transferrin saturation) shows your iron stores; "
          + "press L to record one.", width: width, role: .muted)
    }
    for test in LabTest.allCases {
      let results = labs.filter { $0.test == test }
      guard !results.isEmpty else { continue }
      lines.append(.blank)
      lines.append(StyledLine(text: "\(test.label) (\(test.units.joined(separator: " = ")))", role: .accent))
      lines += LabBarChart.lines(for: results, thresholds: LabThreshold.for(test), width: width)
    }
    lines.append(.blank)
    lines += StyledLine.wrapped("Lines to compare with (│ on the charts):", width: width, role: .accent)
    for threshold in LabThreshold.all {
      lines += StyledLine.wrapped(
        "\(threshold.label): \(threshold.meaning) (\(catalog.shortNames(threshold.sources)))",
        width: width,
        indent: 2)
    }
    lines += StyledLine.wrapped(
      LabReference.howToTest + " Only your doctor can say what your values mean for you.", width: width,
      role: .muted)
    lines.append(.blank)
    let ids = LabThreshold.all.flatMap(\.sources)
    lines += SourceLines.lines(for: SourceLines.firstOccurrences(ids), catalog: catalog, width: width)
    if !labs.isEmpty {
      lines.append(.blank)
      lines += StyledLine.wrapped(
        "A value typed wrongly? In a shell, `quietlegs lab` lists the values with their ids and "
          + "`quietlegs lab --delete ID` removes one.", width: width, role: .muted)
    }
    return lines
  }
}
