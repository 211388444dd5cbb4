/// What an update asks for besides changing the model: the runtime carries these out.
public enum Effect: Equatable, Sendable {
  /// Leave the program (the terminal is restored).
  case quit
  /// Redraw every cell, not only the changed ones (Ctrl-L, after resuming).
  case repaintAll
  /// Ring the terminal bell.
  case bell
  /// Show a message in the status line (handled by the app frame).
  case status(StatusMessage)
  /// Bring a pane to the front (handled by the app frame).
  case show(PaneID)
  /// This pane wrote to the journal: every pane reloads what it shows (handled by the app frame).
  case journalChanged
}
