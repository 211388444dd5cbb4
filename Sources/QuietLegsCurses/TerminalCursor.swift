import CNcurses

/// Whether the terminal just opened can address the cursor (terminfo `cup`); a terminal that
/// cannot (`dumb`) would scroll every frame past and leave a blank screen.
enum TerminalCursor {
  static func isAddressable() -> Bool {
    guard let cup = tigetstr("cup") else { return false }
    return Int(bitPattern: cup) != -1
  }

  /// Closes the screen opened for the check and returns the one-line refusal.
  static func refuse(_ screen: OpaquePointer, type: String) -> TerminalError {
    _ = endwin()
    delscreen(screen)
    return .cannotAddressCursor(type)
  }
}
