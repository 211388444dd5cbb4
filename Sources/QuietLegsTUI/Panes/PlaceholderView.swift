/// The body of a pane that is not built yet: its name, "coming soon", and the app's one-line promise.
enum PlaceholderView {
  static let promise = "QuietLegs informs; it does not diagnose."

  static func render(title: String, into buffer: inout Buffer, area: Rect) {
    let lines: [(String, StyleRole)] = [
      ("\(title) — coming soon", .title),
      ("", .text),
      (promise, .muted),
      ("", .text),
      ("Press ? for keys, Tab for the next pane, q to quit.", .muted),
    ]
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (offset, (text, role)) in lines.enumerated() where top + offset < area.maxY {
      let width = DisplayWidth.of(text)
      let x = area.x + max(0, (area.width - width) / 2)
      buffer.write(text, x: x, y: top + offset, width: area.maxX - x, role: role)
    }
  }
}
