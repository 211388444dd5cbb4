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
  /// Alt (Meta) held with a key: `ESC d` is Alt-d, `ESC DEL` Alt-Backspace, `ESC [ 1 ; 3 C` Alt-→.
  indirect case alt(Key)
  /// Ctrl held with a cursor, page or function key (`ESC [ 1 ; 5 C` is Ctrl-→).
  indirect case ctrl(Key)
  /// Shift held with a cursor, page or function key (`ESC [ 1 ; 2 C` is Shift-→).
  indirect case shift(Key)
  /// Text the terminal marked as pasted (bracketed paste): it goes into a text field whole and
  /// never runs as commands.
  case paste(String)
  /// A click or the wheel (only with `mouse = true`); no key table binds it, panes read it.
  case mouse(MouseEvent)
  /// A sequence the decoder does not know (a key of another terminal, a report nobody asked
  /// for); bound to nothing, so it is ignored everywhere.
  case unknown

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
    case .alt(let key): return "M-" + key.label
    case .ctrl(let key): return "C-" + key.label
    case .shift(let key): return "S-" + key.label
    case .paste: return "paste"
    case .mouse: return "mouse"
    case .unknown: return "?"
    }
  }

  /// The key with the modifiers of an xterm modifier parameter (`2` Shift, `3` Alt, `5` Ctrl, ...).
  public func modified(by parameter: Int) -> Key {
    let bits = max(0, parameter - 1)
    var key = self
    if bits & 1 != 0 { key = .shift(key) }
    if bits & 4 != 0 { key = .ctrl(key) }
    if bits & 2 != 0 || bits & 8 != 0 { key = .alt(key) }
    return key
  }
}
