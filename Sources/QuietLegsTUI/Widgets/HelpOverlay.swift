/// A box over the pane listing every key of the pane and of the app, from the keymaps.
struct HelpOverlay: Widget {
  let keymaps: [KeyTable]
  let scroll: Int

  /// One line of the help: a heading, a key with its description, or a blank.
  enum Line: Equatable {
    case heading(String)
    case binding(keys: String, help: String)
    case note(String)
    case blank
  }

  /// The widest the key column gets; it is as wide as the longest key label plus two.
  static let maximumKeyColumnWidth = 16
  static let note = "QuietLegs informs; it does not diagnose."

  /// The help's lines for the given keymaps (a heading per keymap that has bindings).
  static func lines(for keymaps: [KeyTable]) -> [Line] {
    var lines: [Line] = []
    for keymap in keymaps {
      if !lines.isEmpty { lines.append(.blank) }
      lines.append(.heading(keymap.title))
      if keymap.rows.isEmpty { lines.append(.note("No keys of its own yet.")) }
      for binding in keymap.rows {
        lines.append(.binding(keys: binding.keyLabel, help: binding.help))
      }
    }
    lines.append(.blank)
    lines.append(.note(note))
    return lines
  }

  func render(into buffer: inout Buffer, area: Rect) {
    let lines = Self.lines(for: keymaps)
    let box = area.centered(width: min(area.width - 4, 72), height: min(area.height, lines.count + 2))
    Box.draw(into: &buffer, rect: box, title: "Keys")
    let content = Box.content(of: box)
    guard !content.isEmpty else { return }
    let firstLine = max(0, min(scroll, lines.count - content.height))
    let keyColumn = Self.keyColumnWidth(for: lines)
    for (row, line) in lines.dropFirst(firstLine).prefix(content.height).enumerated() {
      Self.draw(
        line, into: &buffer, x: content.x, y: content.y + row, width: content.width, keyColumn: keyColumn)
    }
    if firstLine + content.height < lines.count {
      buffer.write(" ↓ more ", x: box.maxX - 10, y: box.maxY - 1, width: 8, role: .muted)
    }
    if firstLine > 0 {
      buffer.write(" ↑ more ", x: box.maxX - 10, y: box.y, width: 8, role: .muted)
    }
  }

  static func keyColumnWidth(for lines: [Line]) -> Int {
    let widest =
      lines.map { line -> Int in
        if case .binding(let keys, _) = line { return DisplayWidth.of(keys) }
        return 0
      }.max() ?? 0
    return min(maximumKeyColumnWidth, widest + 2)
  }

  private static func draw(
    _ line: Line, into buffer: inout Buffer, x: Int, y: Int, width: Int, keyColumn: Int
  ) {
    switch line {
    case .heading(let title):
      buffer.write(title, x: x, y: y, width: width, role: .title)
    case .binding(let keys, let help):
      let used = buffer.write(keys, x: x + 2, y: y, width: min(keyColumn - 1, width - 2), role: .key)
      let helpX = x + 2 + max(keyColumn, used + 1)
      buffer.write(help, x: helpX, y: y, width: x + width - helpX, role: .text)
    case .note(let text):
      buffer.write(text, x: x + 2, y: y, width: width - 2, role: .muted)
    case .blank:
      break
    }
  }
}
