/// What one theme file sets: any subset of the roles, and of each role's fields.
public struct ThemePatch: Equatable, Sendable {
  public var name: String?
  public var description: String?
  public var roles: [StyleRole: RolePatch]

  public init(name: String? = nil, description: String? = nil, roles: [StyleRole: RolePatch] = [:]) {
    self.name = name
    self.description = description
    self.roles = roles
  }
}

/// The fields of one `[roles.<role>]` table; nil fields keep the underlying theme's value.
public struct RolePatch: Equatable, Sendable {
  public var foreground: TerminalColor?
  public var background: TerminalColor?
  public var bold: Bool?
  public var dim: Bool?
  public var underline: Bool?
  public var reverse: Bool?

  public init(
    foreground: TerminalColor? = nil, background: TerminalColor? = nil,
    bold: Bool? = nil, dim: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// `style` with the fields this patch sets replaced.
  public func applied(to style: RoleStyle) -> RoleStyle {
    var result = style
    if let foreground { result.foreground = foreground }
    if let background { result.background = background }
    let flags: [(Bool?, TextAttributes)] = [
      (bold, .bold), (dim, .dim), (underline, .underline), (reverse, .reverse),
    ]
    for (value, attribute) in flags {
      guard let value else { continue }
      if value { result.attributes.insert(attribute) } else { result.attributes.remove(attribute) }
    }
    return result
  }
}
