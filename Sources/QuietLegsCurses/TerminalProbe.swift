import CNcurses
import Glibc

/// What terminfo and the locale say about a terminal type, for `quietlegs doctor`; the type is
/// opened on /dev/null, so nothing reaches the screen.
public struct TerminalProbe: Sendable, Equatable {
  /// Whether terminfo knows the type.
  public var known: Bool
  /// Colours terminfo gives the type (`colors`; 0 when it has none or is unknown).
  public var colors: Int
  /// Whether the type can move the cursor (without it there is no full screen: `dumb`).
  public var canAddressCursor: Bool
  /// Whether the locale from the environment uses UTF-8 (the full screen falls back to C.UTF-8).
  public var utf8Locale: Bool

  public static func probe(type: String?) -> TerminalProbe {
    _ = setlocale(LC_ALL, "")
    let utf8 = ql_codeset_is_utf8() != 0
    var result = TerminalProbe(known: false, colors: 0, canAddressCursor: false, utf8Locale: utf8)
    guard let type, !type.isEmpty, let output = fopen("/dev/null", "w") else { return result }
    defer { fclose(output) }
    guard let input = fopen("/dev/null", "r") else { return result }
    defer { fclose(input) }
    guard let screen = newterm(type, output, input) else { return result }
    result.known = true
    result.colors = max(0, Int(tigetnum("colors")))
    result.canAddressCursor = TerminalCursor.isAddressable()
    _ = endwin()
    delscreen(screen)
    return result
  }
}
