/// What the Insights pane's keys do, and its key table.
extension InsightsPane {
  /// An action of the Insights pane.
  public enum Action: Hashable, Sendable {
    case nextFactor, previousFactor, nextWindow

    /// The pane's keys.
    public static let keys = Keymap<Action>(
      title: "Insights",
      bindings: [
        KeyBinding(
          .nextFactor, keys: [.down, .character("j")], label: "next", help: "Next factor", inFooter: false),
        KeyBinding(
          .previousFactor, keys: [.up, .character("k")], label: "previous", help: "Previous factor",
          inFooter: false),
        KeyBinding(
          .nextWindow, keys: [.character("w")], label: "window",
          help: "Compare the last 12 weeks, the last year or all nights"),
      ])
  }
}
