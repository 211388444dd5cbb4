import Foundation
import QuietLegsCore

/// "What goes with bad nights": evening factors and the bedtime routine compared with how the
/// nights went. Association only, and only with enough nights on both sides.
public struct InsightsPane: Pane {
  let services: AppServices
  private(set) var data: InsightsData = .empty
  var window: InsightsData.Window = .oneYear
  var selected = 0
  var loadedFor: CivilDate?
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

  var rows: [FactorComparison] { (data.routine.map { [$0] } ?? []) + data.comparisons }
  var rowCount: Int { rows.count }
}
