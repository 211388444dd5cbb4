/// Something drawn into a rectangle of the buffer: built from the state it shows, then asked to
/// render, with no other inputs and no side effects (as ratatui's widgets are).
protocol Widget {
  /// Draws into `area` of `buffer`, writing no cell outside it.
  func render(into buffer: inout Buffer, area: Rect)
}
