/// A named thing the user can ask for; key bindings map keys to actions.
public struct Action: Hashable, Sendable, CustomStringConvertible {
  /// A stable identifier such as `next-pane`.
  public let id: String

  public init(_ id: String) { self.id = id }

  public var description: String { id }
}

extension Action {
  // Global actions.
  public static let showCalendar = Action("show-calendar")
  public static let showCauses = Action("show-causes")
  public static let showRoutines = Action("show-routines")
  public static let showInsights = Action("show-insights")
  public static let nextPane = Action("next-pane")
  public static let previousPane = Action("previous-pane")
  public static let help = Action("help")
  public static let quit = Action("quit")
  public static let repaint = Action("repaint")

  // Movement, shared by panes and overlays.
  public static let moveUp = Action("move-up")
  public static let moveDown = Action("move-down")
  public static let moveLeft = Action("move-left")
  public static let moveRight = Action("move-right")
  public static let pageUp = Action("page-up")
  public static let pageDown = Action("page-down")
  public static let first = Action("first")
  public static let last = Action("last")

  // Overlays and questions.
  public static let close = Action("close")
  public static let confirm = Action("confirm")
  public static let cancel = Action("cancel")
}
