/// The rules every shown source text keeps: no file path, no `.txt`, no internal id, a year
/// (or "undated"), and for anything above a popular article a DOI, PMID or web address.
public enum SourceCheck {
  /// Words that betray an internal id or a file rather than a reference.
  public static let forbidden = [".txt", "seeds/", "shared/", "seed-0", "seed 0"]

  /// Why `text` may not be shown as (part of) a source, or nil when it may.
  public static func problem(inShownText text: String) -> String? {
    let lower = text.lowercased()
    if let word = forbidden.first(where: lower.contains) {
      return "'\(word)' looks like a file or an internal id, not a reference"
    }
    return nil
  }

  /// Why this source is not one a person can look up, or nil when it is.
  public static func problem(in source: Source) -> String? {
    for text in [source.short, source.title, source.authors, source.publisher, source.year, source.link] {
      if let problem = problem(inShownText: text) { return problem }
    }
    if source.year != "undated", source.year.range(of: #"\d{4}"#, options: .regularExpression) == nil {
      return "year must hold a four-digit year or say 'undated'"
    }
    if source.level != .popular, source.link.isEmpty {
      return "a \(source.level.label) needs a DOI, PMID or web address in 'link'"
    }
    return nil
  }
}
