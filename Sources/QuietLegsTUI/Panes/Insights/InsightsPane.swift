import Foundation
import QuietLegsCore

/// "What goes with bad nights": evening factors and the bedtime routine compared with how the
/// nights went. Association only, and only with enough nights on both sides.
public struct InsightsPane: Pane {
  let services: AppServices
  private var data: InsightsData = .empty
  private var window: InsightsData.Window = .oneYear
  private var selected = 0
  private var loadedFor: CivilDate?
  /// Why the last read failed, shown until a read succeeds.
  private(set) var loadProblem: ReadProblem?

  /// Builds the pane without reading anything; the journal is read when the pane first shows.
  public init(services: AppServices) {
    self.services = services
  }

  public mutating func willAppear(at now: Moment) { ensureLoaded(now.wall) }

  public var id: PaneID { .insights }

  public var keyTable: KeyTable { Action.keys.table }

  public static var keyTables: [KeyTable] { [Action.keys.table] }

  public mutating func handle(_ key: Key, at now: Moment) -> PaneResponse {
    ensureLoaded(now.wall)
    guard let action = Action.keys.action(for: key) else { return .ignored }
    switch action {
    case .nextFactor: selected = min(selected + 1, max(0, rowCount - 1))
    case .previousFactor: selected = max(0, selected - 1)
    case .nextWindow:
      window = window.next
      loadedFor = nil
      ensureLoaded(now.wall)
      return .handled([.status(StatusMessage("Comparing the \(window.label).", kind: .info))])
    }
    return .handled
  }

  public mutating func reload(at now: Moment) {
    guard loadedFor != nil else { return }  // never shown yet: nothing to refresh
    loadedFor = nil
    ensureLoaded(now.wall)
  }

  public mutating func tick(at now: Moment) -> [Effect] {
    if loadedFor != nil { ensureLoaded(now.wall) }
    return []
  }

  /// Loads on first use and after a reload (rendering never queries the journal).
  mutating func ensureLoaded(_ now: Date) {
    let current = services.nights.night(of: now)
    guard loadedFor != current else { return }
    do {
      data = try InsightsData.load(services: services, current: current, window: window)
      loadProblem = nil
    } catch {
      data = .empty
      loadProblem = .journal(error)
    }
    loadedFor = current
    selected = min(selected, max(0, rowCount - 1))
  }

  private var rows: [FactorComparison] { (data.routine.map { [$0] } ?? []) + data.comparisons }
  private var rowCount: Int { rows.count }

  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.width > 10, area.height > 4 else { return }
    let x = area.x + 1
    let width = area.width - 2
    buffer.write("What goes with bad nights — \(window.label)", x: x, y: area.y, width: width, role: .title)
    var y = area.y + 1
    for line in TextWrap.lines(FactorComparison.caveat, width: width) {
      buffer.write(line, x: x, y: y, width: width, role: .muted)
      y += 1
    }
    if let loadProblem {
      ReadProblemView(problem: loadProblem).render(
        into: &buffer, area: Rect(x: x, y: y + 1, width: width, height: 1))
      return
    }
    guard loadedFor != nil, !rows.isEmpty else {
      for line in TextWrap.lines(
        "Nothing recorded yet. Note evening factors with `f` on the calendar or `quietlegs factors`.",
        width: width)
      {
        y += 1
        buffer.write(line, x: x, y: y, width: width, role: .muted)
      }
      return
    }
    let range = "Nights \(data.first) to \(data.last); 3 nights with and 3 without are needed."
    let shortRange = "Nights \(data.first) to \(data.last); 3 with, 3 without needed."
    buffer.write(
      TextWrap.fitted(DisplayWidth.of(range) > width ? shortRange : range, width: width),
      x: x, y: y, width: width, role: .muted)
    let top = y + 2
    let onset = OnsetChart.lines(weeks: data.onsetWeeks, medicines: data.medicines, width: width)
    let chartTop = area.maxY - onset.count
    // The onset chart takes the bottom rows when at least one factor row still fits above it.
    let bottom = !onset.isEmpty && chartTop - 1 - top >= FactorBarsView.height ? chartTop - 1 : area.maxY
    if bottom < area.maxY {
      for (offset, line) in onset.enumerated() {
        buffer.write(line.text, x: x, y: chartTop + offset, width: width, role: line.role)
      }
    }
    let visible = max(1, (bottom - top) / FactorBarsView.height)
    let start = max(0, min(selected - visible + 1, rowCount - visible))
    for (offset, row) in rows.dropFirst(start).prefix(visible).enumerated() {
      FactorBarsView.render(
        row, into: &buffer, x: x, y: top + offset * FactorBarsView.height, width: width,
        selected: start + offset == selected)
    }
  }
}
