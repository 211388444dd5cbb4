/// What the calendar pane is doing: browsing nights, filling in the episode form, or ticking
/// evening factors. The form and the checklist take every key while open.
enum CalendarMode: Equatable {
  case browsing
  case form(EpisodeForm)
  case factors(FactorChecklist)
}
