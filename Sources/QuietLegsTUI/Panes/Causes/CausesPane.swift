import Foundation
import QuietLegsCore

/// The causes pane: what may be behind the nights, with a tick and a note per cause, lab values,
/// the "Cramp or RLS?" questions and when to see a doctor.
public struct CausesPane: Pane {
  let services: AppServices
  /// The time of the latest call (every call carries a `Moment`); dates of ticks and flags use it.
  var now = Date.distantPast
  /// The journal's content as last read; drawing uses only this.
  var data = CausesJournalData()
  /// Why the last read failed, shown until a read succeeds.
  var loadProblem: ReadProblem?
  /// The filter kept after Enter (while typing, the field's text is used).
  var filter = ""
  var mineOnly = false
  var selection: CauseListItem = .seeADoctor
  var detailScroll = 0
  var mode = CausesMode.browsing
  /// The note as it read when the note editor opened: saving checks nobody changed it since.
  var noteOpenedWith = ""
  /// The size of the body the pane draws into, from the last resize: paging keys move by what
  /// fits on screen (drawing writes nothing back).
  var bodySize = (width: 80, height: 21)
  /// Whether the catalogue and the journal were read (on first showing, not at start-up).
  var loaded = false

  /// A pane over `services`. Nothing is read until the pane first shows.
  public init(services: AppServices) {
    self.services = services
  }

  public mutating func willAppear(at moment: Moment) {
    advance(to: moment.wall)
    guard !loaded else { return }
    loaded = true
    readJournal()
    selection = list.firstCause ?? .seeADoctor
  }

  public mutating func resize(width: Int, height: Int, at moment: Moment) {
    bodySize = (width, height)
  }

  public var id: PaneID { .causes }

  public var keyTable: KeyTable {
    switch mode {
    case .browsing: Self.browsingKeys.table
    case .filtering: Self.filterKeys.table
    case .editingNote: Self.noteKeys.table
    case .addingLab: Self.labFormKeys.table
    case .questionnaire(let flow):
      flow.isFinished
        ? Self.resultKeys.table : flow.isAskingToLeave ? Self.leaveKeys.table : Self.questionKeys.table
    case .medicines(let screen): screen.form == nil ? Self.medicinesKeys.table : Self.medicineFormKeys.table
    }
  }

  public mutating func tick(at moment: Moment) -> [Effect] {
    advance(to: moment.wall)
    return []
  }

  public mutating func reload(at moment: Moment) {
    advance(to: moment.wall)
    readJournal()
  }

  /// Reads the journal again (after the pane wrote to it, or was told another did).
  mutating func readJournal() {
    guard loaded else { return }
    do {
      data = try CausesJournalData.load(from: services, now: now)
      loadProblem = nil
    } catch {
      loadProblem = .journal(error)
    }
    selection = list.keeping(selection)
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    renderPane(into: &buffer, area: area)
  }

  /// The rows shown for the current filter (the typed one while filtering) and switch.
  var list: CauseList {
    CauseList(catalog: services.catalog, checklist: data.checklist, filter: activeFilter, mineOnly: mineOnly)
  }

  var activeFilter: String {
    if case .filtering(let field) = mode { return field.text }
    return filter
  }

  /// The local date of `now`, which ticks are saved with.
  var today: CivilDate { services.nights.localDate(of: now) }

  /// Moves the pane's time on; on a new night the "see a doctor" signs are read again.
  private mutating func advance(to wall: Date) {
    let before = services.nights.night(of: now)
    now = wall
    if services.nights.night(of: wall) != before { readJournal() }
  }
}

extension CausesPane {
  /// The pane takes every key while a filter, note, form or questionnaire is open.
  public var capturesKeys: Bool {
    if case .browsing = mode { return false }
    return true
  }
}
