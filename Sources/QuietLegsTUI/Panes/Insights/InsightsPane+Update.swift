import Foundation

/// What the Insights pane's keys do.
extension InsightsPane {
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
}
