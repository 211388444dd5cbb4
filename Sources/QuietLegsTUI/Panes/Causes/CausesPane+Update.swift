import QuietLegsCore

/// What the causes pane's keys do: `handle` hands a key to its mode; browsing moves, ticks, and
/// opens the filter, note, lab form, questions and medicines (each in its own CausesPane+Mode file).
extension CausesPane {
  public mutating func handle(_ key: Key, at moment: Moment) -> PaneResponse {
    willAppear(at: moment)
    switch mode {
    case .browsing:
      let response = handleBrowsing(key)
      if case .editingNote(let causeID, _) = mode { noteOpenedWith = data.checklist[causeID]?.note ?? "" }
      return response
    case .filtering(let field): return handleFiltering(key, field: field)
    case .editingNote(let causeID, let field): return handleNote(key, causeID: causeID, field: field)
    case .addingLab(let form): return handleLabForm(key, form: form)
    case .questionnaire(let flow): return handleQuestionnaire(key, flow: flow)
    case .medicines(let screen): return handleMedicines(key, screen: screen)
    }
  }

  mutating func handleBrowsing(_ key: Key) -> PaneResponse {
    let list = list
    if case .mouse(let event) = key { return handleMouse(event, list: list) }
    guard let action = Self.browsingKeys.action(for: key) else { return .ignored }
    switch action {
    case .move(.up): select(list.item(-1, from: selection))
    case .move(.down): select(list.item(1, from: selection))
    case .move(.first): select(list.items.first ?? selection)
    case .move(.last): select(list.items.last ?? selection)
    case .move(.left), .move(.right): return .ignored  // not bound
    case .move(.pageDown):
      let page = detailPage
      detailScroll = min(detailScroll + page.height, page.maximumScroll)
    case .move(.pageUp):
      let page = detailPage
      detailScroll = max(0, min(detailScroll, page.maximumScroll) - page.height)
    case .tick: return toggleTick()
    case .note:
      guard let causeID = selection.causeID else { return notACause("N writes a note on a cause") }
      mode = .editingNote(
        causeID: causeID, field: TextField(data.checklist[causeID]?.note ?? "", limit: TextLimits.causeNote))
    case .filter: mode = .filtering(TextField(filter, limit: 80))
    case .clearFilter:
      guard !filter.isEmpty else { return .ignored }
      applyFilter("")
    case .mineOnly:
      mineOnly.toggle()
      selection = self.list.keeping(selection)
      detailScroll = 0
      let text = mineOnly ? "Showing only the causes you ticked (m shows all)." : "Showing all causes."
      return .handled([.status(StatusMessage(text))])
    case .lab: mode = .addingLab(LabForm(today: today))
    case .questionnaire: mode = .questionnaire(QuestionnaireFlow())
    case .seeADoctor: select(.seeADoctor)
    case .medicines:
      select(.medicines)
      mode = .medicines(MedicinesScreen())
    }
    return .handled
  }

  /// Selects an item and shows its details from the top.
  mutating func select(_ item: CauseListItem) {
    if item != selection { detailScroll = 0 }
    selection = item
  }

  /// Sets the kept filter and selects the first cause it shows.
  mutating func applyFilter(_ text: String) {
    filter = text
    mode = .browsing
    select(list.firstCause ?? list.keeping(selection))
  }

  private mutating func toggleTick() -> PaneResponse {
    guard let causeID = selection.causeID, let cause = services.catalog.cause(id: causeID) else {
      return notACause("Space ticks a cause")
    }
    let ticking = !data.isTicked(causeID)
    do {
      try services.journal.setTicked(causeID, ticking, on: today)
    } catch {
      return .handled([.status(StatusMessage(error.description, kind: .error))])
    }
    readJournal()
    let text =
      ticking
      ? "Ticked \u{201C}\(cause.title)\u{201D} on \(today)." : "Unticked \u{201C}\(cause.title)\u{201D}."
    return .handled([.journalChanged, .status(StatusMessage(text, kind: .success))])
  }

  private func notACause(_ what: String) -> PaneResponse {
    .handled([
      .status(StatusMessage("\(what); select one in the list below \u{201C}For you\u{201D}.", kind: .warning))
    ])
  }
}

extension CausesPane {
  /// A click on a cause selects it; the wheel moves the selection over the list, the details'
  /// scroll over the details.
  mutating func handleMouse(_ event: MouseEvent, list: CauseList) -> PaneResponse {
    let layout = CausesLayout(area: Rect(x: 0, y: 0, width: bodySize.width, height: bodySize.height))
    let overDetail = event.x >= layout.divider.maxX
    switch event.action {
    case .wheelUp:
      if overDetail {
        detailScroll = max(0, detailScroll - 1)
      } else {
        select(list.item(-1, from: selection))
      }
    case .wheelDown:
      if overDetail {
        detailScroll = min(detailScroll + 1, detailPage.maximumScroll)
      } else {
        select(list.item(1, from: selection))
      }
    case .press(button: 0):
      guard layout.list.contains(x: event.x, y: event.y),
        let item = CauseListView.item(atRow: event.y, list: list, selected: selection, area: layout.list)
      else { return .ignored }
      select(item)
    case .press, .release: return .ignored
    }
    return .handled
  }
}
