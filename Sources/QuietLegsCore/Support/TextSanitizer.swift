/// Makes untrusted text (notes, file contents) safe to draw: no control characters,
/// escape sequences, bidi overrides or stray invisible characters ever reach the terminal.
/// Joiners and selectors that belong to the character before them (ZWJ and ZWNJ, variation
/// selectors, emoji tags) stay: Persian, Indic scripts and emoji need them.
public enum TextSanitizer {
  /// The character shown in place of a control character or an invalid byte.
  public static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Decodes bytes as UTF-8, showing each invalid sequence as U+FFFD, then cleans the text.
  public static func clean<Bytes: Collection>(utf8 bytes: Bytes) -> String where Bytes.Element == UInt8 {
    clean(String(decoding: bytes, as: UTF8.self))
  }

  /// Removes escape sequences, bidi controls and zero-width characters (a joiner or selector
  /// only where nothing it could join precedes it); replaces other control characters with
  /// U+FFFD; turns tabs and line breaks into spaces. `previous` is the scalar the text follows
  /// (when cleaning text inserted into other text).
  public static func clean(_ text: String, after previous: Unicode.Scalar? = nil) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var output = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch classify(scalar) {
      case .keep: output.append(scalar)
      case .joiner:
        if let last = output.last ?? previous, Self.joins(scalar, after: last) { output.append(scalar) }
      case .remove: continue
      case .space: output.append(" ")
      case .replace: output.append(replacement)
      case .escapeSequence: skipEscapeSequence(&scalars)
      case .controlSequence: skipControlSequence(&scalars)
      case .stringSequence: skipStringSequence(&scalars)
      }
    }
    return String(output)
  }

  /// What happens to one scalar.
  enum Treatment {
    case keep, remove, space, replace
    /// ZWJ, ZWNJ, a variation selector or an emoji tag: kept after a character it can join.
    case joiner
    /// ESC: starts a sequence whose length depends on the next scalar.
    case escapeSequence
    /// CSI (U+009B): parameters up to a final byte.
    case controlSequence
    /// OSC, DCS, SOS, PM, APC (C1): a string up to ST or BEL.
    case stringSequence
  }

  static func classify(_ scalar: Unicode.Scalar) -> Treatment {
    let value = scalar.value
    switch value {
    case 0x20..<0x7F: return .keep
    case 0x1B: return .escapeSequence
    case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x2028, 0x2029, 0x85: return .space
    case 0x00..<0x20, 0x7F: return .replace
    case 0x9B: return .controlSequence
    case 0x90, 0x98, 0x9D, 0x9E, 0x9F: return .stringSequence
    case 0x80..<0xA0: return .replace
    case 0xAD: return .remove
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .remove
    case 0x200C, 0x200D: return .joiner
    case 0x200B, 0x2060...0x2064, 0xFEFF, 0x180E: return .remove
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0xE0020...0xE007F: return .joiner
    case 0xFFF9...0xFFFB: return .remove
    case 0xFDD0...0xFDEF: return .replace
    default: break
    }
    if value & 0xFFFE == 0xFFFE { return .replace }
    return scalar.properties.generalCategory == .format ? .remove : .keep
  }

  /// Whether a joiner or selector belongs to the scalar before it: a variation selector or tag
  /// after any visible character (`1️⃣`, `❤️`), ZWJ and ZWNJ only after a letter or emoji
  /// beyond ASCII (Indic, Persian, emoji sequences), where they change what is drawn.
  static func joins(_ joiner: Unicode.Scalar, after last: Unicode.Scalar) -> Bool {
    guard last != " ", last != replacement else { return false }
    switch joiner.value {
    case 0x200C, 0x200D: return last.value >= 0x80
    default: return true
    }
  }

  /// Skips what follows an ESC: a CSI, a string sequence, or a single final character.
  static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let next = scalars.next() else { return }
    switch next {
    case "[": skipControlSequence(&scalars)
    case "]", "P", "X", "^", "_": skipStringSequence(&scalars)
    default:
      // Intermediate bytes (space to /) are followed by one final byte.
      var current = next
      while (0x20...0x2F).contains(current.value) {
        guard let following = scalars.next() else { return }
        current = following
      }
    }
  }

  /// Skips CSI parameters and intermediates up to and including the final byte (@ to ~).
  static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let next = scalars.next() {
      if (0x40...0x7E).contains(next.value) { return }
      if !(0x20...0x3F).contains(next.value) { return }
    }
  }

  /// Skips a string sequence up to BEL, ESC \ or ST (U+009C).
  static func skipStringSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let next = scalars.next() {
      switch next.value {
      case 0x07, 0x9C: return
      case 0x1B:
        _ = scalars.next()
        return
      default: continue
      }
    }
  }
}
