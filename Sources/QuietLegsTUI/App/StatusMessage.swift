/// A one-line message in the status line (saved, undone, an error); it clears on the next key.
public struct StatusMessage: Equatable, Sendable {
  /// How the message is coloured.
  public enum Kind: Equatable, Sendable {
    case info, success, warning, error

    /// The theme role for the status line showing this kind.
    public var role: StyleRole {
      switch self {
      case .info: return .status
      case .success: return .good
      case .warning: return .warning
      case .error: return .danger
      }
    }
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}
