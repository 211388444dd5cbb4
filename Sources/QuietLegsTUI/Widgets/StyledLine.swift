/// One line of text for a panel, with its style role and how far it is indented.
struct StyledLine: Equatable {
  var text: String
  var role: StyleRole = .text
  var indent: Int = 0

  static let blank = StyledLine(text: "")

  /// `text` wrapped to `width` columns, each line indented by `indent`.
  static func wrapped(_ text: String, width: Int, role: StyleRole = .text, indent: Int = 0) -> [StyledLine] {
    TextWrap.lines(text, width: max(1, width - indent)).map {
      StyledLine(text: $0, role: role, indent: indent)
    }
  }

  /// `text` after a bullet, wrapped with its later lines lined up under the text.
  static func bulleted(_ text: String, width: Int, role: StyleRole = .text, indent: Int = 0) -> [StyledLine] {
    let lines = TextWrap.lines(text, width: max(1, width - indent - 2))
    return lines.enumerated().map { offset, line in
      offset == 0
        ? StyledLine(text: "• " + line, role: role, indent: indent)
        : StyledLine(text: line, role: role, indent: indent + 2)
    }
  }

  /// A heading, a wrapped paragraph below it, then a blank line.
  static func section(_ heading: String, _ body: String, width: Int) -> [StyledLine] {
    [StyledLine(text: heading, role: .accent)] + wrapped(body, width: width, indent: 2) + [.blank]
  }
}
