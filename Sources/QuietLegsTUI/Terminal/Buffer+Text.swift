/// Plain-text views of a buffer, for snapshot tests and debugging.
extension Buffer {
  /// Each row as a string (continuation cells omitted, so each line is `area.width` columns wide).
  public func lines() -> [String] {
    var result: [String] = []
    result.reserveCapacity(area.height)
    for row in 0..<area.height {
      var line = ""
      let start = row * area.width
      for cell in cells[start..<start + area.width] where !cell.isContinuation {
        line += cell.symbol
      }
      result.append(line)
    }
    return result
  }

  /// All rows joined by newlines, with trailing spaces removed from each row.
  public func text() -> String {
    lines().map { line in
      var trimmed = Substring(line)
      while trimmed.last == " " { trimmed = trimmed.dropLast() }
      return String(trimmed)
    }.joined(separator: "\n")
  }
}
