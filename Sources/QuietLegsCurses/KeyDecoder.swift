import CNcurses
import QuietLegsTUI

/// One thing read from the keyboard: a key, or the notice that the terminal was resized.
enum TerminalInput: Equatable {
  case key(Key)
  case resize
}

/// Turns what `wget_wch` returns into keys.
enum KeyDecoder {
  /// Reads the next input without waiting; nil when there is none. Unknown codes are skipped.
  static func next() -> TerminalInput? {
    while true {
      var value: wint_t = 0
      let status = ql_get_wch(&value)
      if status == ERR { return nil }
      let decoded = status == ql_key_code_yes() ? functionKey(Int32(value)) : character(UInt32(value))
      if let decoded { return decoded }
    }
  }

  static func character(_ value: UInt32) -> TerminalInput? {
    switch value {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96)!)))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  static func functionKey(_ code: Int32) -> TerminalInput? {
    let table: [Int32: Key] = [
      ql_key_up(): .up, ql_key_down(): .down, ql_key_left(): .left, ql_key_right(): .right,
      ql_key_home(): .home, ql_key_end(): .end, ql_key_ppage(): .pageUp, ql_key_npage(): .pageDown,
      ql_key_enter(): .enter, ql_key_backspace(): .backspace, ql_key_dc(): .delete, ql_key_btab(): .backTab,
    ]
    if code == ql_key_resize() { return .resize }
    if let key = table[code] { return .key(key) }
    for number in 1...12 where code == ql_key_f(Int32(number)) {
      return .key(.function(number))
    }
    return nil
  }
}
