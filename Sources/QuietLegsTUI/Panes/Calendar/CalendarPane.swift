import Foundation
import QuietLegsCore

/// The episode calendar: a month of nights shaded by severity, the selected night's episodes,
/// a summary with red flags, quick logging, the full episode form, evening factors and undo.
public struct CalendarPane: Pane {
  let services: AppServices
  /// Evening factors a night can be ticked with, and the automatic routine one (for labels).
  let factors: [EveningFactor]
  var store: CalendarStore
  var selected: CivilDate
  /// The selected episode of the selected night (the first when nil or gone).
  var selectedEpisodeID: Int64?
  var mode: CalendarMode = .browsing
  /// The body's size from the last resize, where a click lands.
  var bodySize = (width: 0, height: 0)
  /// The last text searched for with `/`, which `N` finds again.
  var lastSearch = ""
  /// Deletes and edits `u` takes back, newest last.
  var undoStack: [CalendarUndo] = []
  /// When the next night starts on the monotonic clock, worked out from the `Moment` of the last
  /// key or tick (nil until one came).
  var nextNightStarts: Duration?

  /// The services' clock gives the first "tonight"; after that the time comes with each key and tick.
  public init(services: AppServices) {
    self.services = services
    factors = EveningFactor.all(custom: services.settings.customFactors)
    let tonight = services.nights.night(of: services.clock.now)
    selected = tonight
    store = CalendarStore(
      journal: services.journal, weekStart: services.settings.weekStart, clock: services.settings.clock,
      tonight: tonight,
      visibleMonth: tonight.firstOfMonth)
    selectedEpisodeID = store.episodes(of: tonight).first?.id
  }

  public var id: PaneID { .calendar }

  public var keyTable: KeyTable {
    switch mode {
    case .browsing: Self.browsingKeys.table
    case .form: Self.formKeys.table
    case .conflict: Self.conflictKeys.table
    case .factors: Self.checklistKeys.table
    case .search: Self.searchKeys.table
    }
  }

  /// The night the clock is in now.
  var tonight: CivilDate { store.tonight }

  /// The episodes of the selected night.
  var selectedNightEpisodes: [Episode] { store.episodes(of: selected) }

  /// Index of the selected episode in the selected night (0 when the night has none).
  var selectedEpisodeIndex: Int {
    selectedNightEpisodes.firstIndex { $0.id == selectedEpisodeID } ?? 0
  }

  /// The start of the next night, when "tonight" moves on.
  public var nextDeadline: Duration? { nextNightStarts }

  public mutating func tick(at now: Moment) -> [Effect] {
    observe(now)
    return []
  }

  // Resizes and reloads leave "tonight" and its deadline to keys and ticks, as before moments
  // came with them: a resize never reads another month.
  public mutating func resize(width: Int, height: Int, at now: Moment) {
    bodySize = (width, height)
    store.setYearStripShown(
      width >= CalendarLayout.yearStripMinimumWidth, visibleMonth: selected.firstOfMonth)
  }

  public mutating func reload(at now: Moment) {
    store.reload(visibleMonth: selected.firstOfMonth)
    if case .factors(var checklist) = mode {
      checklist.refresh(ticked: store.factors(of: checklist.night))
      mode = .factors(checklist)
    }
    if !selectedNightEpisodes.contains(where: { $0.id == selectedEpisodeID }) {
      selectedEpisodeID = selectedNightEpisodes.first?.id
    }
  }

  /// Takes in the time: when the night has rolled over, "tonight" moves (and the selection with it
  /// when it was on tonight).
  mutating func observe(_ now: Moment) {
    defer {
      let seconds = services.nights.end(of: tonight).timeIntervalSince(now.wall)
      nextNightStarts = now.monotonic + .milliseconds(Int64(max(seconds, 1) * 1000))
    }
    let night = services.nights.night(of: now.wall)
    guard night != tonight else { return }
    let wasOnTonight = selected == tonight
    store.setTonight(night)
    if wasOnTonight { select(night) }
  }
}

extension CalendarPane {
  /// The pane takes every key while the episode form or the factor checklist is open.
  public var capturesKeys: Bool {
    if case .browsing = mode { return false }
    return true
  }
}
