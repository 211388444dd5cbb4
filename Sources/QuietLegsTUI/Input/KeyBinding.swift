/// One row of a keymap: an action, the keys that trigger it, and how footer and help describe it.
public struct KeyBinding<Action: Hashable & Sendable>: Equatable, Sendable {
  public var action: Action
  /// Every key that triggers the action; the first ones are shown.
  public var keys: [Key]
  /// A word or two for the footer (`move`, `help`).
  public var label: String
  /// A sentence for the help overlay.
  public var help: String
  /// Whether the footer lists this binding (the help overlay always does).
  public var inFooter: Bool

  public init(_ action: Action, keys: [Key], label: String, help: String, inFooter: Bool = true) {
    self.action = action
    self.keys = keys
    self.label = label
    self.help = help
    self.inFooter = inFooter
  }

  /// The keys as shown to the user, e.g. `↑/k`.
  public var keyLabel: String {
    keys.map(\.label).joined(separator: "/")
  }
}
