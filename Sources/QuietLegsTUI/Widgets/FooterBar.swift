/// The bottom row: the keys of the current context, generated from the keymaps.
/// Entries that do not fit are left out, but `? help` always stays.
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

  /// The bindings that fit in `width` columns, keeping the help binding.
  static func entries(for keymaps: [KeyTable], width: Int) -> [KeyTable.Row] {
    let all = keymaps.flatMap(\.footerRows)
    let help = all.first { $0.isHelp }
    var chosen: [KeyTable.Row] = []
    var used = help.map { entryWidth($0) } ?? 0
    for binding in all where !binding.isHelp {
      let extra = entryWidth(binding) + DisplayWidth.of(gap)
      if used + extra > width { break }
      chosen.append(binding)
      used += extra
    }
    if let help {
      let helpIndex = all.firstIndex { $0.isHelp } ?? all.count
      let position =
        chosen.firstIndex { binding in (all.firstIndex { $0 == binding } ?? 0) > helpIndex } ?? chosen.count
      chosen.insert(help, at: position)
    }
    return chosen
  }

  private static func entryWidth(_ binding: KeyTable.Row) -> Int {
    DisplayWidth.of(binding.keyLabel) + 1 + DisplayWidth.of(binding.label)
  }
}
