/// Moving through a list, a grid or a page: the actions panes share, each pane wrapping the
/// ones it binds in its own `Action` (`case move(Movement)`).
public enum Movement: Hashable, Sendable, CaseIterable {
  case up, down, left, right, pageUp, pageDown, first, last
}

/// What the app frame does itself, from keys that work in every pane.
public enum GlobalAction: Hashable, Sendable, CaseIterable {
  case showCalendar, showCauses, showRoutines, showInsights, nextPane, previousPane, help, quit, repaint
}

/// The answer to a yes-or-no question (quit anyway? stop the routine? leave the questions?).
public enum Answer: Hashable, Sendable, CaseIterable {
  case confirm, cancel
}

/// The keys of the help overlay.
public enum HelpAction: Hashable, Sendable, CaseIterable {
  case close
  case scroll(Movement)

  public static let allCases: [HelpAction] = [.close] + Movement.allCases.map(HelpAction.scroll)
}
