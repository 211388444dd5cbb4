import CNcurses
import Glibc

/// Sets the process locale from the environment so curses can show wide characters.
enum TerminalLocale {
  /// `setlocale(LC_ALL, "")`; when the character set is not UTF-8, falls back to C.UTF-8 for LC_CTYPE.
  static func configure() {
    _ = setlocale(LC_ALL, "")
    guard ql_codeset_is_utf8() == 0 else { return }
    for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
      return
    }
  }
}
