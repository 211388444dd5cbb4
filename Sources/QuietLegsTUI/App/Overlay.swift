/// A layer over the current pane that takes the keys while it is shown.
public enum Overlay: Equatable, Sendable {
  /// The key help, scrolled down by `scroll` lines.
  case help(scroll: Int)
  /// "A routine is running; quitting saves it as stopped. Quit anyway?"
  case confirmQuit
}
