/// The key bindings of one context (global, a pane, an overlay): the single table that drives
/// dispatch, the footer and the help overlay.
public struct Keymap: Equatable, Sendable {
  /// The context's name as the help overlay heads it.
  public var title: String
  public var bindings: [KeyBinding]

  public init(title: String, bindings: [KeyBinding]) {
    self.title = title
    self.bindings = bindings
  }

  /// The action bound to `key`, if any (the first binding wins).
  public func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  /// The binding for an action, if any.
  public func binding(for action: Action) -> KeyBinding? {
    bindings.first { $0.action == action }
  }

  /// Bindings the footer shows.
  public var footerBindings: [KeyBinding] {
    bindings.filter(\.inFooter)
  }

  /// Keys bound to more than one action in this map (should be empty).
  public var conflictingKeys: [Key] {
    var seen: Set<Key> = []
    var conflicts: [Key] = []
    for binding in bindings {
      for key in binding.keys where !seen.insert(key).inserted {
        conflicts.append(key)
      }
    }
    return conflicts
  }

  /// This keymap followed by another's bindings.
  public func merged(with other: Keymap) -> Keymap {
    Keymap(title: title, bindings: bindings + other.bindings)
  }
}
