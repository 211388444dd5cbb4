import Foundation
import QuietLegsCore

/// What the calendar's keys do: `handle` hands a key to its mode; browsing moves between nights,
/// weeks, months and episodes and opens the forms (the forms are in CalendarPane+Writing.swift).
extension CalendarPane {
  public mutating func handle(_ key: Key, at now: Moment) -> PaneResponse {
    observe(now)
    if mode != .browsing, GlobalAction.keys.action(for: key) == .repaint { return .ignored }
    switch mode {
    case .browsing: return handleBrowsing(key, now: now.wall)
    case .form(let form): return .handled(handleForm(key, form: form, now: now.wall))
    case .conflict(let form, let conflict):
      return .handled(handleConflict(key, form: form, conflict: conflict, now: now.wall))
    case .factors(let checklist): return .handled(handleChecklist(key, checklist: checklist))
    case .search(let field): return .handled(handleSearch(key, field: field))
    }
  }

  mutating func handleBrowsing(_ key: Key, now: Date) -> PaneResponse {
    if case .mouse(let event) = key { return handleMouse(event) }
    guard let action = Self.browsingKeys.action(for: key) else { return .ignored }
    switch action {
    case .move(.left): select(selected.adding(days: -1))
    case .move(.right): select(selected.adding(days: 1))
    case .move(.up): select(selected.adding(days: -7))
    case .move(.down): select(selected.adding(days: 7))
    case .move(.pageUp), .move(.pageDown), .move(.first), .move(.last): return .ignored  // not bound
    case .previousMonth: select(selected.adding(months: -1))
    case .nextMonth: select(selected.adding(months: 1))
    case .tonight: select(tonight)
    case .nextEpisode: selectEpisode(by: 1)
    case .previousEpisode: selectEpisode(by: -1)
    case .quickLog:
      mode = .form(
        .quickLog(now: now, latest: latestEpisode, nights: services.nights, clock: services.settings.clock))
    case .add:
      mode = .form(
        .add(
          night: selected, now: now, latest: latestEpisode, nights: services.nights,
          clock: services.settings.clock))
    case .edit:
      guard let episode = selectedEpisode else { return .handled([Self.nothingSelected]) }
      mode = .form(.edit(episode, nights: services.nights, clock: services.settings.clock))
    case .delete:
      guard let episode = selectedEpisode else { return .handled([Self.nothingSelected]) }
      return .handled(delete(episode))
    case .undo: return .handled(undo())
    case .find:
      var field = TextField(lastSearch)
      field.selectAll()
      mode = .search(field)
    case .findNext:
      guard !lastSearch.isEmpty else {
        return .handled([.status(StatusMessage("Nothing to find again yet; / starts a search."))])
      }
      return .handled(findNext(lastSearch))
    case .factors:
      // As on the command line: a night that has not begun has no evening to describe yet.
      guard selected <= tonight else {
        return .handled([
          .status(
            StatusMessage(
              "The night of \(selected) has not begun; evening factors are for tonight or earlier nights.",
              kind: .warning))
        ])
      }
      if let problem = RecordDate.problem(selected, field: "night", latest: tonight) {
        return .handled([.status(StatusMessage("Evening factors: \(problem.message).", kind: .warning))])
      }
      mode = .factors(FactorChecklist(night: selected, factors: factors, ticked: store.factors(of: selected)))
    }
    return .handled
  }

  /// Selects a night (and its first episode), reading its month if it is not cached.
  mutating func select(_ night: CivilDate) {
    selected = night
    store.show(month: night.firstOfMonth)
    selectedEpisodeID = selectedNightEpisodes.first?.id
  }

  /// The selected night's selected episode, if it has any.
  var selectedEpisode: Episode? {
    let episodes = selectedNightEpisodes
    return episodes.isEmpty ? nil : episodes[selectedEpisodeIndex]
  }

  mutating func selectEpisode(by step: Int) {
    let episodes = selectedNightEpisodes
    guard !episodes.isEmpty else { return }
    selectedEpisodeID = episodes[min(max(0, selectedEpisodeIndex + step), episodes.count - 1)].id
  }

  /// The latest episode, whose kind, side, site and severity seed a new one.
  private var latestEpisode: Episode? { try? services.journal.latestEpisode() }

  private static let nothingSelected = Effect.status(
    StatusMessage("No episode on this night; n logs one now, a adds one here.", kind: .warning))
}
