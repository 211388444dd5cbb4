/// The rules every shown source text keeps: no file path, no `.txt`, no internal id, a year
/// (or "undated"), and for anything above a popular article a DOI, PMID or web address.
public enum SourceCheck {
  /// Words that betray an internal id or a file rather than a reference.
  public static let forbidden = [".txt", "seeds/", "shared/", "seed-0", "seed 0"]

  /// Why `text` may not be shown as (part of) a source, or nil when it may.
  public static func problem(inShownText text: String) -> String? {
    let lower = text.lowercased()
    let bytes = Array(lower.utf8)
    if let word = forbidden.first(where: { contains(bytes, Array($0.utf8)) }) {
      return "'\(word)' looks like a file or an internal id, not a reference"
    }
    return nil
  }

  /// Why this source is not one a person can look up, or nil when it is.
  public static func problem(in source: Source) -> String? {
    for text in [source.short, source.title, source.authors, source.publisher, source.year, source.link] {
      if let problem = problem(inShownText: text) { return problem }
    }
    if source.year != "undated", !hasFourDigitRun(source.year) {
      return "year must hold a four-digit year or say 'undated'"
    }
    if source.level != .popular, source.link.isEmpty {
      return "a \(source.level.label) needs a DOI, PMID or web address in 'link'"
    }
    return nil
  }

  /// True when `needle` occurs in `haystack`. A plain loop over bytes: Foundation's `contains`
  /// (through NSString) and the standard library's generic `firstRange(of:)` each cost the
  /// calendar's first frame millions of instructions for these few short texts.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
    for start in 0...(haystack.count - needle.count) {
      var offset = 0
      while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return true }
    }
    return false
  }

  /// True when `text` holds four ASCII digits in a row (a year). Checked by hand: a regular
  /// expression here cost the first frame 13 M instructions to build (docs/PERFORMANCE.md).
  static func hasFourDigitRun(_ text: String) -> Bool {
    var run = 0
    for byte in text.utf8 {
      run = (0x30...0x39).contains(byte) ? run + 1 : 0
      if run == 4 { return true }
    }
    return false
  }
}
