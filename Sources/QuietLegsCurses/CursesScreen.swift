import CNcurses
import Glibc
import QuietLegsTUI

/// The terminal in full-screen mode: opened with `newterm`, drawn from a `Buffer`, and restored by `close()`.
final class CursesScreen {
  private let screen: OpaquePointer
  private var styles: CursesStyles
  /// One grapheme as curses wants it: up to the buffer's scalars per cell, then a zero.
  private let characters = UnsafeMutablePointer<wchar_t>.allocate(capacity: Buffer.maximumScalarsPerCell + 1)
  /// The buffer last copied to curses; cells equal to it are not copied again.
  private var shown: Buffer?
  private var isOpen = true
  /// How many colours the theme is shown with.
  let capability: ColorCapability

  /// Opens the terminal; fails cleanly when stdin/stdout are not a terminal or TERM is unknown.
  init(theme: Theme, environment: [String: String]) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    guard let type = environment["TERM"], !type.isEmpty else { throw .terminalTypeNotSet }
    TerminalLocale.configure()
    let direct = DirectColorTerminal.type(for: type, environment: environment)
    guard
      let screen = direct.flatMap({ newterm($0, ql_stdout(), ql_stdin()) })
        ?? newterm(type, ql_stdout(), ql_stdin())
    else { throw .unknownTerminalType(type) }
    guard TerminalCursor.isAddressable() else { throw TerminalCursor.refuse(screen, type: type) }
    self.screen = screen
    _ = set_term(screen)
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(ql_stdscr(), true)
    _ = nodelay(ql_stdscr(), true)
    _ = leaveok(ql_stdscr(), true)
    _ = curs_set(0)
    _ = set_escdelay(25)

    var capability = ColorCapability.none
    var hasDefaultColors = false
    if has_colors(), ColorCapability.detect(colorCount: 256, environment: environment) != .none {
      _ = start_color()
      hasDefaultColors = use_default_colors() == OK
      capability = ColorCapability.detect(colorCount: Int(ql_colors()), environment: environment)
    }
    self.capability = capability
    styles = CursesStyles(
      theme: theme.downgraded(to: capability), capability: capability,
      hasDefaultColors: hasDefaultColors, pairCapacity: Int(ql_color_pairs()))
  }

  /// The current size in cells.
  var size: (width: Int, height: Int) {
    (Int(ql_max_x(ql_stdscr())), Int(ql_max_y(ql_stdscr())))
  }

  deinit { characters.deallocate() }

  /// Copies the buffer to the screen; curses sends only the cells that changed unless `everything`.
  /// Cells equal to the last buffer's are not even copied to curses (a key usually changes few).
  func draw(_ buffer: Buffer, everything: Bool = false) {
    let area = buffer.area
    let previous = everything || shown?.area != area ? nil : shown
    for row in 0..<area.height {
      for column in 0..<area.width {
        let cell = buffer[column + area.x, row + area.y]
        if cell.isContinuation { continue }
        if let previous, previous[column + area.x, row + area.y] == cell { continue }
        put(cell, x: column + area.x, y: row + area.y)
      }
    }
    shown = buffer
    if everything { _ = clearok(ql_curscr(), true) }
    _ = wnoutrefresh(ql_stdscr())
    _ = doupdate()
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    var count = 0
    for scalar in cell.symbol.unicodeScalars {
      guard count < Buffer.maximumScalarsPerCell else { break }
      characters[count] = wchar_t(bitPattern: scalar.value)
      count += 1
    }
    if count == 0 {
      characters[0] = 32
      count = 1
    }
    characters[count] = 0
    let (attributes, pair) = styles.resolve(cell.role, adding: cell.attributes)
    _ = ql_put_cell(Int32(y), Int32(x), characters, attributes, pair)
  }

  /// Reads the size the kernel reports and resizes curses to it.
  func updateSize() {
    shown = nil
    _ = ql_resize_to_tty(STDOUT_FILENO)
  }

  /// Rings the bell.
  func bell() {
    _ = beep()
  }

  /// Leaves full-screen mode for a while (before stopping on Ctrl-Z); the next `draw` returns to it.
  func suspend() {
    shown = nil
    _ = endwin()
  }

  /// Restores the terminal for good.
  func close() {
    guard isOpen else { return }
    isOpen = false
    _ = endwin()
    delscreen(screen)
  }
}
