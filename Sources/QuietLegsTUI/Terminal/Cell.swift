/// One terminal cell: the grapheme shown there, its semantic style role and extra attributes.
///
/// A wide grapheme occupies two cells: the first holds the text, the second is a
/// continuation cell with empty text.
public struct Cell: Equatable, Sendable {
  /// The grapheme (a base character plus at most four combining marks); empty for a continuation.
  public var symbol: String
  /// The theme role that colours this cell.
  public var role: StyleRole
  /// Attributes added on top of the role's own.
  public var attributes: TextAttributes

  public init(symbol: String = " ", role: StyleRole = .text, attributes: TextAttributes = []) {
    self.symbol = symbol
    self.role = role
    self.attributes = attributes
  }

  /// A space in the `text` role.
  public static let blank = Cell()

  /// True for the right half of a wide grapheme.
  public var isContinuation: Bool { symbol.isEmpty }
}
