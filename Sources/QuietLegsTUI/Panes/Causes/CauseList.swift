import QuietLegsCore

/// The rows the cause list shows for a filter and the "mine only" switch, and movement between them.
struct CauseList {
  /// The heading of the pseudo-group at the top.
  static let forYouTitle = "For you"

  let rows: [CauseListRow]
  /// The selectable items, top to bottom.
  let items: [CauseListItem]

  init(catalog: CauseCatalog, checklist: [String: ChecklistEntry], filter: String, mineOnly: Bool) {
    var rows: [CauseListRow] = [.heading(Self.forYouTitle)] + CauseListItem.forYou.map(CauseListRow.item)
    let shown = catalog.matching(filter).filter { !mineOnly || checklist[$0.id]?.ticked == true }
    for group in catalog.groups {
      let causes = shown.filter { $0.group == group.id }
      guard !causes.isEmpty else { continue }
      rows.append(.heading(group.title))
      rows += causes.map { .item(.cause($0.id)) }
    }
    if shown.isEmpty {
      rows.append(.message(Self.emptyMessage(filter: filter, mineOnly: mineOnly)))
    }
    self.rows = rows
    self.items = rows.compactMap { row in
      if case .item(let item) = row { return item }
      return nil
    }
  }

  /// The first cause shown, if any.
  var firstCause: CauseListItem? { items.first { $0.causeID != nil } }

  /// The row index of an item.
  func rowIndex(of item: CauseListItem) -> Int? { rows.firstIndex(of: .item(item)) }

  /// The item `steps` places after `item` (negative moves up), stopping at the ends.
  func item(_ steps: Int, from item: CauseListItem) -> CauseListItem {
    guard let index = items.firstIndex(of: item) else { return items.first ?? item }
    return items[max(0, min(items.count - 1, index + steps))]
  }

  /// `item` when it is shown, else the first cause, else the first item.
  func keeping(_ item: CauseListItem) -> CauseListItem {
    items.contains(item) ? item : (firstCause ?? items.first ?? item)
  }

  private static func emptyMessage(filter: String, mineOnly: Bool) -> String {
    if mineOnly && filter.isEmpty { return "Nothing ticked yet: Space ticks a cause, m shows all." }
    return "No cause matches \u{201C}\(filter)\u{201D}" + (mineOnly ? " among your ticks." : ".")
  }
}
