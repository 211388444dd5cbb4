/// A rectangle of terminal cells: origin column/row and size, never negative.
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// A rectangle at the origin with the given size.
  public init(width: Int, height: Int) {
    self.init(x: 0, y: 0, width: width, height: height)
  }

  public var isEmpty: Bool { width == 0 || height == 0 }
  /// One past the last column.
  public var maxX: Int { x + width }
  /// One past the last row.
  public var maxY: Int { y + height }
  public var area: Int { width * height }
  public var description: String { "\(width)x\(height)+\(x)+\(y)" }

  /// True when the cell at column `col`, row `row` lies inside.
  public func contains(x col: Int, y row: Int) -> Bool {
    col >= x && col < maxX && row >= y && row < maxY
  }

  /// The overlap of two rectangles (empty when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The rectangle shrunk by `dx` columns on each side and `dy` rows at top and bottom.
  public func inset(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The single row `offset` rows below the top (empty when outside).
  public func row(_ offset: Int) -> Rect {
    guard offset >= 0, offset < height else { return Rect(x: x, y: y + offset, width: width, height: 0) }
    return Rect(x: x, y: y + offset, width: width, height: 1)
  }

  /// A rectangle of at most the given size centred inside this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let width = min(w, self.width)
    let height = min(h, self.height)
    return Rect(
      x: x + (self.width - width) / 2, y: y + (self.height - height) / 2, width: width, height: height)
  }
}
