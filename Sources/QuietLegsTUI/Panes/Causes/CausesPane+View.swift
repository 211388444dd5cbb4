import QuietLegsCore

/// Drawing the causes pane from its cached state (no journal reads here).
extension CausesPane {
  static let promise = "QuietLegs informs; it does not diagnose."

  func renderPane(into buffer: inout Buffer, area: Rect) {
    guard area.height >= 3, area.width >= 20 else { return }
    let layout = CausesLayout(area: area)
    renderTopLine(into: &buffer, row: layout.top)
    switch mode {
    case .addingLab(let form):
      let used = LabFormView.render(form, into: &buffer, area: layout.middle)
      let rest = Rect(
        x: layout.middle.x, y: layout.middle.y + used + 1, width: layout.middle.width,
        height: layout.middle.height - used - 1)
      ScrolledLinesView(
        lines: LabHistoryText.lines(labs: data.labs, catalog: services.catalog, width: rest.width)
          + MedicinesText.ironLines(medicines: data.medicines, labs: data.labs, width: rest.width),
        scrolls: false
      ).render(into: &buffer, area: rest)
    case .medicines(let screen):
      renderMedicines(screen, into: &buffer, area: layout.middle)
    case .questionnaire(let flow):
      let width = layout.middle.width
      let lines =
        flow.result.map { QuestionnaireText.resultLines($0, catalog: services.catalog, width: width) }
        ?? QuestionnaireText.questionLines(flow, width: width)
      ScrolledLinesView(lines: lines, scrolls: false).render(into: &buffer, area: layout.middle)
    case .browsing, .filtering, .editingNote:
      CauseListView(list: list, selected: selection, row: listRow).render(into: &buffer, area: layout.list)
      for y in layout.divider.y..<layout.divider.maxY {
        buffer.set(x: layout.divider.x, y: y, Cell(symbol: "│", role: .border))
      }
      let lines = detailLines(width: layout.detail.width)
      ScrolledLinesView(lines: lines, scroll: detailScroll).render(into: &buffer, area: layout.detail)
    }
    renderBottomLine(into: &buffer, row: layout.bottom)
  }

  /// The filter or note being typed, else a count of causes and ticks with the kept filter.
  private func renderTopLine(into buffer: inout Buffer, row: Rect) {
    let x = row.x + 1
    let width = row.width - 2
    switch mode {
    case .filtering(let field):
      let used = buffer.write("Filter: ", x: x, y: row.y, width: width, role: .accent)
      field.render(
        into: &buffer, x: x + used, y: row.y, width: min(40, width - used), role: .selection, focused: true)
    case .editingNote(let causeID, let field):
      let title = services.catalog.cause(id: causeID)?.title ?? causeID
      let label = TextWrap.fitted("Note on \(title): ", width: width / 2)
      let used = buffer.write(label, x: x, y: row.y, width: width, role: .accent)
      let counter = LengthCounter.text(for: field)
      let counterWidth = counter.map { DisplayWidth.of($0) + 1 } ?? 0
      field.render(
        into: &buffer, x: x + used, y: row.y, width: width - used - counterWidth, role: .selection,
        focused: true)
      if let counter {
        buffer.write(
          counter, x: x + width - counterWidth + 1, y: row.y, width: counterWidth - 1,
          role: field.refusedAtLimit ? .warning : .muted)
      }
    case .browsing, .addingLab, .questionnaire, .medicines:
      let ticked = services.catalog.causes.filter { data.isTicked($0.id) }.count
      var text = "\(services.catalog.causes.count) possible causes · \(ticked) ticked"
      if mineOnly { text += " · only mine (m)" }
      if !filter.isEmpty { text += " · filter \u{201C}\(filter)\u{201D} (Esc clears)" }
      buffer.write(text, x: x, y: row.y, width: width, role: .muted)
    }
  }

  private func renderBottomLine(into buffer: inout Buffer, row: Rect) {
    if let loadProblem {
      ReadProblemView(problem: loadProblem).render(
        into: &buffer, area: Rect(x: row.x + 1, y: row.y, width: row.width - 2, height: 1))
    } else {
      buffer.write(Self.promise, x: row.x + 1, y: row.y, width: row.width - 2, role: .muted)
    }
  }

  /// How the list shows an item: tick box, title and a short word on the right.
  private func listRow(_ item: CauseListItem) -> CauseListView.Row {
    switch item {
    case .seeADoctor:
      let count = data.flagsThatApply.count
      return .init(
        box: "!", title: "See a doctor", trailing: count == 0 ? "signs" : "\(count) now",
        role: count == 0 ? .text : .warning)
    case .labResults:
      let latest = data.latest(.ferritin).map { "\($0.formattedValue) \($0.unit)" } ?? "none yet"
      return .init(box: "~", title: "Lab results", trailing: latest, role: .text)
    case .questionnaire:
      return .init(
        box: "?", title: "Cramp or RLS?", trailing: QuestionnaireText.shortOutcome(data.latestQuestionnaire),
        role: .text)
    case .medicines:
      let current = data.medicines.filter { $0.until == nil }.count
      return .init(
        box: "+", title: "Medicines", trailing: current == 0 ? "none yet" : "\(current) now", role: .text)
    case .cause(let id):
      let cause = services.catalog.cause(id: id)
      let ticked = data.isTicked(id)
      let hasNote = !(data.checklist[id]?.note ?? "").isEmpty
      return .init(
        box: ticked ? "[x]" : "[ ]", title: (cause?.title ?? id) + (hasNote ? " ✎" : ""),
        trailing: cause.map { Self.shortCondition($0.condition) } ?? "", role: ticked ? .good : .text)
    }
  }

  /// The condition in one short word for the list.
  static func shortCondition(_ condition: Condition) -> String {
    switch condition {
    case .cramps: "cramps"
    case .rls: "RLS"
    case .both: "both"
    }
  }

  /// The details panel as the body from the last resize lays it out: how far it scrolls, and a
  /// page's height (the panel less its two "more" rows), for the paging keys.
  var detailPage: (height: Int, maximumScroll: Int) {
    let detail = CausesLayout(area: Rect(x: 0, y: 0, width: bodySize.width, height: bodySize.height)).detail
    let lines = detailLines(width: detail.width)
    return (
      max(1, detail.height - 2),
      ScrolledLinesView.maximumScroll(lineCount: lines.count, height: detail.height)
    )
  }

  func detailLines(width: Int) -> [StyledLine] {
    let catalog = services.catalog
    switch selection {
    case .seeADoctor:
      return SeeADoctorText.lines(applying: data.flagsThatApply, catalog: catalog, width: width)
    case .labResults:
      return LabHistoryText.lines(labs: data.labs, catalog: catalog, width: width)
        + MedicinesText.ironLines(medicines: data.medicines, labs: data.labs, width: width)
    case .medicines:
      return MedicinesText.lines(
        medicines: data.medicines, doses: data.doses, selected: nil, nights: services.nights, width: width,
        clock: services.settings.clock)
    case .questionnaire:
      return QuestionnaireText.summaryLines(
        latest: data.latestQuestionnaire, nights: services.nights, catalog: catalog, width: width)
    case .cause(let id):
      guard let cause = catalog.cause(id: id) else { return [] }
      return MedicinesText.causeLinks(cause: cause, medicines: data.medicines, width: width)
        + CauseDetailText.lines(for: cause, entry: data.checklist[id], catalog: catalog, width: width)
    }
  }
}
