/// How one role looks: foreground and background colours plus attributes.
public struct RoleStyle: Hashable, Sendable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var attributes: TextAttributes

  public init(
    foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
    attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's own colours, no attributes.
  public static let plain = RoleStyle()

  /// The style as a terminal with `capability` can show it. Without colour, a role that
  /// relied on a background colour (a bar, a selection) is shown reversed instead.
  public func downgraded(to capability: ColorCapability) -> RoleStyle {
    var result = RoleStyle(
      foreground: foreground.downgraded(to: capability, isForeground: true),
      background: background.downgraded(to: capability, isForeground: false),
      attributes: attributes)
    if capability == .none, background != .terminalDefault {
      result.attributes.insert(.reverse)
    }
    return result
  }
}
