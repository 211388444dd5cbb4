/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
  /// A printable character (letters, digits, punctuation, space, any Unicode).
  case character(Character)
  /// Ctrl plus a letter, as a lowercase letter (`.control("l")` is Ctrl-L).
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  /// A function key F1-F12.
  case function(Int)

  /// A short name for footers and help: `↑`, `Tab`, `S-Tab`, `^L`, `Space`, `q`.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "^" + letter.uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "Bksp"
    case .delete: return "Del"
    case .function(let number): return "F\(number)"
    }
  }
}
