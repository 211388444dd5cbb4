/// The panes of the app, in the order of the header and the number keys.
public enum PaneID: String, CaseIterable, Hashable, Sendable {
  case calendar, causes, routines, insights

  /// The name shown in the header.
  public var title: String {
    switch self {
    case .calendar: return "Calendar"
    case .causes: return "Causes"
    case .routines: return "Routines"
    case .insights: return "Insights"
    }
  }
}
