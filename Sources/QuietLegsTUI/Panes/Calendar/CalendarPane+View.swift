import QuietLegsCore

/// Drawing the calendar from its state (the store holds what was read; nothing is read here).
extension CalendarPane {
  public func render(into buffer: inout Buffer, area: Rect) {
    // A damaged journal: an empty calendar would say "no episodes" about nights that were recorded.
    if let problem = store.problem, problem.isDamage {
      let inside = Rect(
        x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: max(0, area.height - 1))
      return ReadProblemView(problem: problem).render(into: &buffer, area: inside)
    }
    let overview = store.overview
    let layout = CalendarLayout(
      area: area,
      bannerHeight: CalendarRedFlagBanner.height(
        flags: overview.redFlags, problem: store.problem, width: area.width)
    )
    CalendarRedFlagBanner(flags: overview.redFlags, problem: store.problem)
      .render(into: &buffer, area: layout.banner)
    CalendarMonthGridView(
      content: CalendarMonthGridView.Content(
        store: store, selected: selected, tonight: tonight, weekStart: services.settings.weekStart)
    ).render(into: &buffer, area: layout.grid)
    CalendarSummaryView(overview: overview).render(into: &buffer, area: layout.summary)
    if let strip = layout.yearStrip {
      CalendarYearStripView(store: store, selected: selected).render(into: &buffer, area: strip)
    }
    CalendarNightListView(content: nightListContent).render(into: &buffer, area: layout.nightList)
    if store.isJournalEmpty { CalendarWelcomeView().render(into: &buffer, area: layout.nightList) }
    switch mode {
    case .browsing: break
    case .form(let form): EpisodeFormView(form: form).render(into: &buffer, area: area)
    case .conflict(let form, let conflict):
      EpisodeFormView(form: form).render(into: &buffer, area: area)
      EditConflictView(conflict: conflict, form: form, nights: services.nights).render(
        into: &buffer, area: area)
    case .factors(let checklist): FactorChecklistView(checklist: checklist).render(into: &buffer, area: area)
    case .search(let field): CalendarSearchBar(field: field).render(into: &buffer, area: area)
    }
  }

  private var nightListContent: CalendarNightListView.Content {
    let ticked = Set(store.factors(of: selected))
    return CalendarNightListView.Content(
      night: selected, tonight: tonight, episodes: selectedNightEpisodes,
      selectedEpisode: selectedEpisodeIndex,
      factorLabels: (factors + [.routine]).filter { ticked.contains($0.id) }.map(\.label),
      routineCompleted: store.summary(selected).routineCompleted, nights: services.nights,
      doses: store.doses(of: selected), clock: services.settings.clock)
  }
}
