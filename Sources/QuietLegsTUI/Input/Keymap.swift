/// The key bindings of one context (the frame, a pane's mode, an overlay), typed by the actions
/// that context handles: the single table that drives its dispatch, the footer and the help.
public struct Keymap<Action: Hashable & Sendable>: Equatable, Sendable {
  /// The context's name as the help overlay heads it.
  public var title: String
  public var bindings: [KeyBinding<Action>]

  public init(title: String, bindings: [KeyBinding<Action>]) {
    self.title = title
    self.bindings = bindings
  }

  /// The action bound to `key`, if any (the first binding wins).
  public func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  /// The binding for an action, if any.
  public func binding(for action: Action) -> KeyBinding<Action>? {
    bindings.first { $0.action == action }
  }

  /// The table as the footer, the help overlay and docs/TUI.md's test read it.
  public var table: KeyTable {
    KeyTable(
      title: title,
      rows: bindings.map { binding in
        KeyTable.Row(
          keys: binding.keys, label: binding.label, help: binding.help, inFooter: binding.inFooter,
          isHelp: (binding.action as? GlobalAction) == .help,
          isQuit: (binding.action as? GlobalAction) == .quit)
      })
  }
}
