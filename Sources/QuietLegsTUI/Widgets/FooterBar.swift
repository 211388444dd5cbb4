/// The bottom row: the keys of the current context, generated from the keymaps.
/// Entries that do not fit are left out, but `? help` and `q quit` always stay.
struct FooterBar: Widget {
  let keymaps: [KeyTable]

  static let gap = "  "

  func render(into buffer: inout Buffer, area: Rect) {
    let row = area
    buffer.fill(row, with: Cell(role: .footer))
    let entries = Self.entries(for: keymaps, width: row.width - 2)
    var x = row.x + 1
    for (index, binding) in entries.enumerated() {
      if index > 0 { x += buffer.write(Self.gap, x: x, y: row.y, width: row.maxX - x, role: .footer) }
      x += buffer.write(
        binding.keyLabel, x: x, y: row.y, width: row.maxX - x, role: .footer, attributes: .bold)
      x += buffer.write(" " + binding.label, x: x, y: row.y, width: row.maxX - x, role: .footer)
    }
  }

  /// The bindings that fit in `width` columns, in the tables' order. The help and quit keys always
  /// stay; the others are taken in order (a table lists its most used keys first) while they fit.
  static func entries(for keymaps: [KeyTable], width: Int) -> [KeyTable.Row] {
    let all = keymaps.flatMap(\.footerRows)
    let pinned = all.filter { $0.isHelp || $0.isQuit }
    var used = pinned.reduce(0) { $0 + entryWidth($1) } + max(0, pinned.count - 1) * DisplayWidth.of(gap)
    var chosen = pinned
    for binding in all where !binding.isHelp && !binding.isQuit {
      let extra = entryWidth(binding) + DisplayWidth.of(gap)
      if used + extra > width { break }
      chosen.append(binding)
      used += extra
    }
    return all.filter { chosen.contains($0) }
  }

  private static func entryWidth(_ binding: KeyTable.Row) -> Int {
    DisplayWidth.of(binding.keyLabel) + 1 + DisplayWidth.of(binding.label)
  }
}
