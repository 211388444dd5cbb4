/// Recognises a paste from a terminal that does not mark pastes (no bracketed paste: the Linux
/// console, some older terminals): the keys of one read that hold a line break with typed text
/// on both sides of it. A person's keys reach the program one read at a time; a line of text, a
/// break and more text in a single read came from a paste, and run as commands they would save
/// a form and then act on every letter after it (`d` deletes).
public enum UnmarkedPaste {
  /// Printable characters a read must hold, besides the break, before it counts as a paste:
  /// typeahead such as `n` Enter `7` Enter during a slow moment stays keys.
  public static let minimumCharacters = 4

  /// The keys of one read, with a burst that is surely a paste turned into one `.paste`. With
  /// `continuing` (the read before was such a paste and this one followed at once: a long paste
  /// arrives in several reads), any text, breaks and tabs are the rest of that paste.
  public static func grouped(_ keys: [Key], continuing: Bool = false) -> [Key] {
    var text = ""
    var characters = 0
    var sawBreak = false
    var textAfterBreak = false
    for key in keys {
      switch key {
      case .character(let character):
        text.append(character)
        characters += 1
        if sawBreak { textAfterBreak = true }
      case .enter:
        text.append("\n")
        sawBreak = true
      case .tab:
        text.append("\t")
      default:
        return keys  // an arrow, Esc, a control key or a marked paste: typed keys, as they are
      }
    }
    let burst = characters >= minimumCharacters && textAfterBreak
    guard burst || (continuing && !keys.isEmpty) else { return keys }
    return [.paste(text)]
  }
}
