/// A named set of styles, one per semantic role.
public struct Theme: Equatable, Sendable {
  public var name: String
  public var description: String
  public var styles: [StyleRole: RoleStyle]

  public init(name: String, description: String = "", styles: [StyleRole: RoleStyle] = [:]) {
    self.name = name
    self.description = description
    self.styles = styles
  }

  /// The style of a role (plain when the theme does not set it).
  public subscript(role: StyleRole) -> RoleStyle {
    styles[role] ?? .plain
  }

  /// This theme with a patch laid over it: only the roles and fields the patch sets change.
  public func applying(_ patch: ThemePatch) -> Theme {
    var result = self
    if let name = patch.name { result.name = name }
    if let description = patch.description { result.description = description }
    for (role, rolePatch) in patch.roles {
      result.styles[role] = rolePatch.applied(to: self[role])
    }
    return result
  }

  /// The theme as a terminal with `capability` can show it.
  /// Without colour (`NO_COLOR`, a monochrome terminal) the severities take `severityLadder`, so
  /// they stay apart from each other and from the selection (reverse) in every theme.
  public func downgraded(to capability: ColorCapability) -> Theme {
    var result = self
    for role in StyleRole.allCases {
      result.styles[role] = self[role].downgraded(to: capability)
    }
    if capability == .none {
      for (role, attributes) in Self.severityLadder {
        result.styles[role] = RoleStyle(attributes: attributes)
      }
    }
    return result
  }

  /// Severities by attributes alone, lightest to heaviest; none of them uses reverse, which marks
  /// the selection.
  public static let severityLadder: [StyleRole: TextAttributes] = [
    .severityNone: .dim, .severityLow: [], .severityMid: .bold, .severityHigh: [.bold, .underline],
  ]

  /// A last-resort theme of attributes only, used under the built-in default theme file.
  public static let fallback: Theme = {
    let attributes: [StyleRole: TextAttributes] = [
      .muted: .dim, .accent: .bold, .header: .reverse, .footer: [], .status: .bold, .border: .dim,
      .selection: .reverse, .today: [.bold, .underline], .severityNone: .dim, .severityMid: .bold,
      .severityHigh: [.bold, .underline], .warning: .bold,
      .danger: [.bold, .underline], .title: .bold, .key: .bold, .bigdigits: .bold, .progress: .reverse,
      .flash: .reverse,
    ]
    var styles: [StyleRole: RoleStyle] = [:]
    for role in StyleRole.allCases {
      styles[role] = RoleStyle(attributes: attributes[role] ?? [])
    }
    return Theme(name: "fallback", description: "Attributes only", styles: styles)
  }()
}
