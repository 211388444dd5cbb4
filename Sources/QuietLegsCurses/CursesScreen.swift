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
  /// Cells of this frame curses cannot hold, drawn after its update (`ql_overlay_cell`).
  private var overlays: [(x: Int, y: Int, cell: Cell)] = []
  private var isOpen = true
  /// How many colours the theme is shown with.
  let capability: ColorCapability

  /// Opens the terminal; fails cleanly when stdin/stdout are not a terminal or TERM is unknown.
  /// Whether the terminal reports the mouse (`mouse = true`); asked for and given back like
  /// bracketed paste.
  private let mouse: Bool

  init(theme: Theme, environment: [String: String], mouse: Bool = false) throws(TerminalError) {
    self.mouse = mouse
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    guard let type = environment["TERM"], !type.isEmpty else { throw .terminalTypeNotSet }
    TerminalLocale.configure()
    ql_fatal_save_modes(STDIN_FILENO)
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
    // Keys are read and decoded by `KeyReader`, not by curses.
    _ = keypad(ql_stdscr(), false)
    _ = leaveok(ql_stdscr(), true)
    _ = curs_set(0)
    // Ctrl-S and Ctrl-Q are keys, not XON/XOFF that would freeze the screen; curses restores
    // the user's own settings (saved by `newterm`) on `endwin`, and this mode after a stop.
    _ = ql_disable_flow_control(STDIN_FILENO)
    _ = def_prog_mode()
    Self.setBracketedPaste(true)
    Self.setMouse(mouse)
    // A crash or Ctrl-\ still gives the terminal back: its settings, the main screen, the cursor.
    let leave =
      "\u{1B}[?2004l" + Self.mouseOff + String(cString: ql_capability("sgr0"))
      + String(cString: ql_capability("cnorm"))
      + String(cString: ql_capability("rmcup")) + "\r\n"
    ql_fatal_install(leave)

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
        let wide = column + 1 < area.width && buffer[column + area.x + 1, row + area.y].isContinuation
        put(cell, x: column + area.x, y: row + area.y, width: wide ? 2 : 1)
      }
    }
    shown = buffer
    if everything { _ = clearok(ql_curscr(), true) }
    _ = wnoutrefresh(ql_stdscr())
    _ = doupdate()
    for overlay in overlays {
      let (attributes, pair) = styles.resolve(overlay.cell.role, adding: overlay.cell.attributes)
      _ = ql_overlay_cell(Int32(overlay.y), Int32(overlay.x), overlay.cell.symbol, attributes, pair)
    }
    ql_overlay_flush(STDOUT_FILENO)
    overlays.removeAll()
  }

  /// True for a cell curses would cut or misplace: a second spacing character (a skin tone,
  /// the second half of a flag, a ZWJ sequence) or a width wcwidth does not give (a VS16 emoji,
  /// a character the C library's older tables do not know).
  private static func needsOverlay(_ symbol: String, width: Int) -> Bool {
    let scalars = symbol.unicodeScalars
    guard let first = scalars.first, scalars.count > 1 || first.value >= 0x7F else { return false }
    // Where the C library's width differs from the table's (or it knows no width), curses would
    // misplace the rest of the row.
    if ql_wcwidth(first.value) != Int32(width) { return true }
    return scalars.dropFirst().contains { ql_wcwidth($0.value) > 0 }
  }

  private func put(_ cell: Cell, x: Int, y: Int, width: Int) {
    if Self.needsOverlay(cell.symbol, width: width) {
      overlays.append((x, y, cell))
      // A blank of the same width holds the place in curses's picture of the screen.
      var blank = cell
      blank.symbol = width == 2 ? "\u{3000}" : " "
      put(blank, x: x, y: y, width: width)
      return
    }
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

  /// Leaves full-screen mode for a while (before stopping on Ctrl-Z); `resume()` and the next
  /// `draw` return to it.
  func suspend() {
    shown = nil
    Self.setBracketedPaste(false)
    if mouse { Self.setMouse(false) }
    _ = endwin()
  }

  /// Back from a stop: pastes are marked again (curses restores its modes on the next draw).
  func resume() {
    Self.setBracketedPaste(true)
    if mouse { Self.setMouse(true) }
  }

  /// Restores the terminal for good.
  func close() {
    guard isOpen else { return }
    isOpen = false
    ql_fatal_uninstall()
    Self.setBracketedPaste(false)
    if mouse { Self.setMouse(false) }
    _ = endwin()
    delscreen(screen)
  }

  /// Asks the terminal to mark pasted text (`ESC [ 200 ~ ... ESC [ 201 ~`), or to stop.
  private static func setBracketedPaste(_ on: Bool) {
    let sequence = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
    _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
  }

  /// Stops mouse reports: clicks and SGR encoding off.
  private static let mouseOff = "\u{1B}[?1006l\u{1B}[?1000l"

  /// Asks the terminal to report clicks and the wheel in SGR form (`ESC [ < b ; x ; y M`), or to stop.
  private static func setMouse(_ on: Bool) {
    let sequence = on ? "\u{1B}[?1000h\u{1B}[?1006h" : mouseOff
    _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
  }
}
