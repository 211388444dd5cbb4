import QuietLegsCore

/// `/` in the calendar: finds the next night whose episodes hold a text in their note, what helped
/// or site (ignoring case and accents, as `quietlegs list --search` does), wrapping round to the
/// first night after the last.
extension CalendarPane {
  mutating func handleSearch(_ key: Key, field: TextField) -> [Effect] {
    var field = field
    switch Self.searchKeys.action(for: key) {
    case .next?:
      let text = field.text.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else {
        mode = .browsing
        return []
      }
      lastSearch = text
      return findNext(text)
    case .close?:
      mode = .browsing
      return []
    case nil:  // every other key types into the field
      if field.handle(key) { mode = .search(field) }
      return []
    }
  }

  /// Selects the first episode after the selected night that matches `text` (or, past the last,
  /// the first from the start of the journal); says so when none does.
  mutating func findNext(_ text: String) -> [Effect] {
    let filter = EpisodeFilter(search: text)
    let last = max(tonight, selected)
    let later = (try? services.journal.episodes(from: selected.adding(days: 1), through: last)) ?? []
    let shown = TextSanitizer.clean(text)
    // The nights up to the selected one are read only when no later night matches.
    guard
      let match = later.first(where: filter.matches)
        ?? ((try? services.journal.episodes(from: Self.searchStart, through: selected)) ?? [])
        .first(where: filter.matches)
    else {
      return [
        .status(StatusMessage("No night has an episode matching \u{201C}\(shown)\u{201D}.", kind: .warning))
      ]
    }
    let wrapped = match.night <= selected
    select(match.night)
    selectedEpisodeID = match.id
    let found = "Found \u{201C}\(shown)\u{201D} on the night of \(CalendarDateText.night(match.night))"
    return [
      .status(StatusMessage(found + (wrapped ? " (from the start again)." : "; Enter or N finds the next.")))
    ]
  }

  /// The first night a search looks at when it wraps round.
  static let searchStart = CivilDate(year: 2000, month: 1, day: 1)!
}
