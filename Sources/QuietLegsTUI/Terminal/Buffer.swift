import QuietLegsCore

/// A grid of cells covering a rectangle of the screen; panes and widgets draw into it
/// and the terminal backend copies it to the screen.
public struct Buffer: Equatable, Sendable {
  /// The screen rectangle this buffer covers (absolute coordinates).
  public let area: Rect
  /// Cells row by row.
  public private(set) var cells: [Cell]

  public init(area: Rect, filling cell: Cell = .blank) {
    self.area = area
    self.cells = Array(repeating: cell, count: area.area)
  }

  /// A buffer for a whole screen of the given size.
  public init(width: Int, height: Int) {
    self.init(area: Rect(width: width, height: height))
  }

  /// The cell at an absolute position; a blank cell outside the area.
  public subscript(x: Int, y: Int) -> Cell {
    guard let index = index(x: x, y: y) else { return .blank }
    return cells[index]
  }

  /// Places one cell, keeping wide graphemes whole: a half that loses its partner becomes a space.
  public mutating func set(x: Int, y: Int, _ cell: Cell) {
    guard let index = index(x: x, y: y) else { return }
    breakWideGrapheme(at: index, x: x)
    cells[index] = cell
  }

  /// Fills a rectangle (clipped to the area) with one cell.
  public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX {
        set(x: column, y: row, cell)
      }
    }
  }

  /// Changes the role (and adds attributes) of the cells in a rectangle without changing their text.
  public mutating func style(_ rect: Rect, role: StyleRole, adding attributes: TextAttributes = []) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX {
        guard let index = index(x: column, y: row) else { continue }
        cells[index].role = role
        cells[index].attributes.formUnion(attributes)
      }
    }
  }

  /// Writes sanitized text on one row starting at `x`, clipped to `width` columns and to the area.
  /// Each grapheme takes the cells `DisplayWidth.cells(of:)` gives it: a wide one two (or a
  /// space when only one is left), an emoji sequence one two-column cell with all its scalars.
  /// Returns the number of columns used.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, width: Int? = nil,
    role: StyleRole = .text, attributes: TextAttributes = []
  ) -> Int {
    guard y >= area.y, y < area.maxY else { return 0 }
    let limit = min(x + (width ?? Int.max / 2), area.maxX)
    var column = x
    for character in TextSanitizer.clean(text) {
      let scalars = character.unicodeScalars
      if scalars.count == 1, let scalar = scalars.first {
        // One scalar (nearly all text): no cell list to build.
        let columns = DisplayWidth.of(scalar)
        if columns > 0 {
          guard place(String(character), columns: columns, at: &column, y: y, limit: limit, role, attributes)
          else { break }
          continue
        }
      }
      for (symbol, columns) in DisplayWidth.cells(of: character) {
        guard place(symbol, columns: columns, at: &column, y: y, limit: limit, role, attributes) else {
          return max(0, column - max(x, area.x))
        }
      }
    }
    return max(0, column - max(x, area.x))
  }

  /// Puts one cell of `columns` at `column` and moves past it; false (after a space in the last
  /// column, for a wide cell that does not fit) when the row has no room left.
  private mutating func place(
    _ symbol: String, columns: Int, at column: inout Int, y: Int, limit: Int, _ role: StyleRole,
    _ attributes: TextAttributes
  ) -> Bool {
    if column + columns > limit {
      if column < limit, column >= area.x {
        set(x: column, y: y, Cell(symbol: " ", role: role, attributes: attributes))
        column += 1
      }
      return false
    }
    if column >= area.x {
      set(x: column, y: y, Cell(symbol: symbol, role: role, attributes: attributes))
      if columns == 2 { set(x: column + 1, y: y, Cell(symbol: "", role: role, attributes: attributes)) }
    } else if column + columns > area.x {
      set(x: area.x, y: y, Cell(symbol: " ", role: role, attributes: attributes))
    }
    column += columns
    return true
  }

  /// The most scalars a cell carries outside an emoji sequence: a base character and four
  /// combining marks (what curses keeps in one cell).
  public static let maximumScalarsPerCell = 5

  private func index(x: Int, y: Int) -> Int? {
    guard area.contains(x: x, y: y) else { return nil }
    return (y - area.y) * area.width + (x - area.x)
  }

  /// Before overwriting `index`, turns the other half of a wide grapheme there into a space.
  private mutating func breakWideGrapheme(at index: Int, x: Int) {
    if cells[index].isContinuation, x > area.x {
      cells[index - 1].symbol = " "
    }
    if !cells[index].isContinuation, x + 1 < area.maxX, cells[index + 1].isContinuation {
      cells[index + 1].symbol = " "
    }
  }
}
