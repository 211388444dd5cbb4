/// The terminal type to try first when `COLORTERM` says the terminal shows 24-bit colour:
/// curses can send a theme's `#rrggbb` colours only through a terminfo entry with direct colour
/// (`xterm-direct`, from Debian's `ncurses-term`), so `xterm-256color` becomes `xterm-direct`.
/// When that entry is missing the program opens `TERM` as given (colours then go to the nearest
/// of 256). `NO_COLOR` wins.
public enum DirectColorTerminal {
  public static func type(for term: String, environment: [String: String]) -> String? {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return nil }
    guard let colorTerm = environment["COLORTERM"]?.lowercased(), ["truecolor", "24bit"].contains(colorTerm)
    else { return nil }
    if term.hasSuffix("-direct") || term.isEmpty { return nil }
    var base = Substring(term)
    for suffix in ["-256color", "-88color", "-16color", "-color"] where base.hasSuffix(suffix) {
      base = base.dropLast(suffix.count)
      break
    }
    return base.isEmpty ? nil : base + "-direct"
  }
}
