import QuietLegsCore

/// What the calendar pane is doing: browsing nights, filling in the episode form (or answering
/// its conflict question), ticking evening factors, or typing a text to find. All but browsing take every key while open.
enum CalendarMode: Equatable {
  case browsing
  case form(EpisodeForm)
  /// Saving the form met a change made elsewhere to the same fields: keep mine, take theirs or cancel.
  case conflict(EpisodeForm, EditConflict)
  case factors(FactorChecklist)
  /// Typing a text to find in the episodes' notes, what helped and sites (`/`).
  case search(TextField)
}
