/// Export text made safe to show on a terminal, line by line: each line is cleaned as the
/// table cleans a note, and the line breaks (LF, CR LF or CR) are kept where they were.
public enum VisibleLines {
  /// `text` with escape sequences and control characters made harmless and its line breaks kept.
  /// It works on Unicode scalars: `"\r\n"` is one Character, so a split on `"\n"` would miss it.
  public static func clean(_ text: String) -> String {
    var output = ""
    var line = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      guard scalar == "\n" || scalar == "\r" else {
        line.append(scalar)
        continue
      }
      output += TextSanitizer.clean(String(line))
      line = String.UnicodeScalarView()
      output.unicodeScalars.append(scalar)
      if scalar == "\r", pending == "\n" {
        output.unicodeScalars.append("\n")
        pending = scalars.next()
      }
    }
    return output + TextSanitizer.clean(String(line))
  }
}
