/// The keymaps the app frame itself uses, and the movement bindings panes share.
extension GlobalAction {
  /// Keys that work everywhere: pane switching, help, quit, repaint.
  public static let keys = Keymap<GlobalAction>(
    title: "Everywhere",
    bindings: [
      KeyBinding(
        .showCalendar, keys: [.character("1")], label: "Calendar", help: "Show the calendar", inFooter: false),
      KeyBinding(
        .showCauses, keys: [.character("2")], label: "Causes", help: "Show possible causes", inFooter: false),
      KeyBinding(
        .showRoutines, keys: [.character("3")], label: "Routines", help: "Show routines", inFooter: false),
      KeyBinding(
        .showInsights, keys: [.character("4")], label: "Insights", help: "Show what goes with bad nights",
        inFooter: false),
      KeyBinding(.nextPane, keys: [.tab], label: "panes", help: "Next pane"),
      KeyBinding(.previousPane, keys: [.backTab], label: "back", help: "Previous pane", inFooter: false),
      KeyBinding(.help, keys: [.character("?")], label: "help", help: "Show or hide this help"),
      KeyBinding(
        .quit, keys: [.character("q")], label: "quit",
        help: "Quit (a running routine: asks, then saves it)"),
      KeyBinding(
        .repaint, keys: [.control("l")], label: "repaint", help: "Redraw the whole screen", inFooter: false),
    ])
}

extension Movement {
  /// Arrow keys with their vi letters, page and home/end keys.
  public static let keys = Keymap<Movement>(
    title: "Moving",
    bindings: [
      KeyBinding(.up, keys: [.up, .character("k")], label: "up", help: "Move up", inFooter: false),
      KeyBinding(
        .down, keys: [.down, .character("j")], label: "down", help: "Move down", inFooter: false),
      KeyBinding(
        .left, keys: [.left, .character("h")], label: "left", help: "Move left", inFooter: false),
      KeyBinding(
        .right, keys: [.right, .character("l")], label: "right", help: "Move right", inFooter: false),
      KeyBinding(.pageUp, keys: [.pageUp], label: "page up", help: "Move a page up", inFooter: false),
      KeyBinding(.pageDown, keys: [.pageDown], label: "page down", help: "Move a page down", inFooter: false),
      KeyBinding(
        .first, keys: [.home, .character("g")], label: "first", help: "Go to the start", inFooter: false),
      KeyBinding(
        .last, keys: [.end, .character("G")], label: "last", help: "Go to the end", inFooter: false),
    ])
}

extension HelpAction {
  /// Keys of the help overlay.
  public static let keys = Keymap<HelpAction>(
    title: "Help",
    bindings: [
      KeyBinding(
        .close, keys: [.escape, .character("?"), .character("q")], label: "close", help: "Close the help"),
      KeyBinding(.scroll(.up), keys: [.up, .character("k")], label: "scroll", help: "Scroll up"),
      KeyBinding(
        .scroll(.down), keys: [.down, .character("j")], label: "scroll", help: "Scroll down", inFooter: false),
      KeyBinding(.scroll(.pageUp), keys: [.pageUp], label: "page", help: "Scroll a page up", inFooter: false),
      KeyBinding(
        .scroll(.pageDown), keys: [.pageDown, .character(" ")], label: "page", help: "Scroll a page down",
        inFooter: false),
    ])
}

extension Answer {
  /// Keys of the "quit anyway?" question.
  public static let quitKeys = Keymap<Answer>(
    title: "Quit?",
    bindings: [
      KeyBinding(.confirm, keys: [.character("y"), .character("Y")], label: "quit", help: "Quit now"),
      KeyBinding(
        .cancel, keys: [.character("n"), .character("N"), .escape], label: "stay", help: "Keep going"),
    ])
}
