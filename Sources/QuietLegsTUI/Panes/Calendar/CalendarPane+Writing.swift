import Foundation
import QuietLegsCore

/// Writing to the journal from the calendar: saving the form, deleting, undoing, ticking factors.
/// Every write ends with `.journalChanged`, which makes every pane (this one too) read again.
extension CalendarPane {
  mutating func handleForm(_ key: Key, form: EpisodeForm, now: Date) -> [Effect] {
    var form = form
    switch form.handle(key) {
    case .cancel:
      mode = .browsing
      return [.status(StatusMessage("Closed; nothing saved."))]
    case .editing:
      form.validate(now: now, nights: services.nights)
      mode = .form(form)
      return []
    case .submit:
      guard let draft = form.validate(now: now, nights: services.nights) else {
        mode = .form(form)
        let problem = form.fields.first { form.errors[$0] != nil }
        let message = problem.map { "\($0.label): \(form.errors[$0] ?? "")" } ?? ""
        return [.status(StatusMessage("Not saved. " + message, kind: .error))]
      }
      return save(draft, from: form, choice: .ask, now: now)
    }
  }

  /// The question after a save met a change made elsewhere: `m` keeps mine, `t` takes theirs,
  /// Esc goes back to the form with nothing saved.
  mutating func handleConflict(_ key: Key, form: EpisodeForm, conflict: EditConflict, now: Date) -> [Effect] {
    var form = form
    let choice: ConflictChoice
    guard let action = Self.conflictKeys.action(for: key) else { return [] }
    switch action {
    case .keepMine: choice = .keepMine(over: conflict.current)
    case .takeTheirs: choice = .takeTheirs
    case .back:
      mode = .form(form)
      return [.status(StatusMessage("Not saved; the form is as you left it."))]
    }
    guard let draft = form.validate(now: now, nights: services.nights) else {
      mode = .form(form)
      return []
    }
    return save(draft, from: form, choice: choice, now: now)
  }

  mutating func handleChecklist(_ key: Key, checklist: FactorChecklist) -> [Effect] {
    var checklist = checklist
    var effects: [Effect] = []
    switch Self.checklistKeys.action(for: key) {
    case .up?: checklist.move(by: -1)
    case .down?: checklist.move(by: 1)
    case .close?:
      mode = .browsing
      return []
    case .toggle?:
      let before = checklist
      if let change = checklist.toggle() {
        effects = write(change.factor, ticked: change.ticked, night: checklist.night)
        // A tick that was not saved is not shown as made.
        if !effects.contains(.journalChanged) { checklist = before }
      }
    case nil: break
    }
    mode = .factors(checklist)
    return effects
  }

  mutating func delete(_ episode: Episode) -> [Effect] {
    guard let id = episode.id else { return [] }
    do {
      let old = try services.journal.delete(id: id)
      undoStack.append(CalendarUndo(change: .deleted, before: old, after: nil))
      return [
        .status(StatusMessage("Deleted \(describe(old)). u brings it back.", kind: .success)),
        .journalChanged,
      ]
    } catch {
      return [.status(StatusMessage("Not deleted: \(error)", kind: .error))]
    }
  }

  mutating func undo() -> [Effect] {
    guard let last = undoStack.popLast() else {
      return [.status(StatusMessage("Nothing to undo.", kind: .warning))]
    }
    do {
      switch last.change {
      case .deleted: try services.journal.restore(last.before)
      case .edited: try services.journal.revertEdit(from: last.after ?? last.before, to: last.before)
      }
      select(last.before.night)
      selectedEpisodeID = last.before.id
      let verb = last.change == .deleted ? "Restored" : "Edit undone:"
      return [.status(StatusMessage("\(verb) \(describe(last.before)).", kind: .success)), .journalChanged]
    } catch .notFound {
      return [
        .status(
          StatusMessage(
            "Not undone: the episode was deleted meanwhile (in another terminal).", kind: .warning)),
        .journalChanged,
      ]
    } catch .changedSince(_, let fields) {
      let list = fields.joined(separator: ", ")
      return [
        .status(
          StatusMessage(
            "Not undone: the \(list) of \(describe(last.before)) changed in another terminal since your edit;"
              + " left as it is now.", kind: .warning)),
        .journalChanged,
      ]
    } catch {
      undoStack.append(last)
      return [.status(StatusMessage("Could not undo: \(error)", kind: .error))]
    }
  }

  private mutating func save(_ draft: EpisodeDraft, from form: EpisodeForm, choice: ConflictChoice, now: Date)
    -> [Effect]
  {
    let nights = services.nights
    let saved: Episode
    var keptFromElsewhere: [EpisodeField] = []
    do {
      if case .edit(let original) = form.purpose, let id = original.id {
        // A new time typed for an episode logged in another offset stays on that clock.
        let change = try services.journal.update(
          id: id, from: original, to: draft, choice: choice, nights: form.timeClock(nights), now: now)
        if change.old != change.new {
          undoStack.append(CalendarUndo(change: .edited, before: change.old, after: change.new))
        }
        keptFromElsewhere = EpisodeField.differences(original, change.old).filter {
          $0.same(change.old, change.new)
        }
        saved = change.new
      } else {
        saved = try services.journal.add(draft, nights: nights, now: now)
      }
    } catch .editConflict(let conflict) {
      mode = .conflict(form, conflict)
      return [
        .status(
          StatusMessage(
            "Not saved yet: the \(conflict.fieldList) changed in another terminal; choose below.",
            kind: .warning)),
        .journalChanged,
      ]
    } catch .notFound {
      mode = .form(form)
      return [
        .status(
          StatusMessage(
            "Not saved: this episode was deleted in another terminal; Esc closes the form.", kind: .error))
      ]
    } catch .journalReplaced(let path) {
      mode = .form(form)
      // Reloading puts the "deleted or replaced" banner up, so it stays after the status clears.
      let error = JournalError.journalReplaced(path: path)
      return [.status(StatusMessage("Not saved: \(error)", kind: .error)), .journalChanged]
    } catch {
      mode = .form(form)
      return [.status(StatusMessage("Not saved: \(error)", kind: .error))]
    }
    mode = .browsing
    select(saved.night)
    selectedEpisodeID = saved.id
    let kept =
      keptFromElsewhere.isEmpty
      ? ""
      : " Kept the \(EditConflict(fields: keptFromElsewhere, current: saved).fieldList) from another terminal."
    let timeNote = form.timeNote.map { " Note: \($0)." } ?? ""
    return [
      .status(StatusMessage("Saved \(describe(saved)).\(timeNote)\(kept)", kind: .success)), .journalChanged,
    ]
  }

  private func write(_ factor: EveningFactor, ticked: Bool, night: CivilDate) -> [Effect] {
    do {
      if ticked {
        try services.journal.addFactors([factor.id], night: night)
      } else {
        try services.journal.removeFactors([factor.id], night: night)
      }
    } catch {
      return [.status(StatusMessage("Not saved: \(error)", kind: .error))]
    }
    let verb = ticked ? "Noted" : "Removed"
    return [
      .status(StatusMessage("\(verb): \(factor.label), evening of \(CalendarDateText.night(night)).")),
      .journalChanged,
    ]
  }

  /// `cramp at 02:10 on the night of Tue 14 May`, the time as logged (`02:10 UTC+01:00` when
  /// logged in another offset than the zone now in use has).
  private func describe(_ episode: Episode) -> String {
    let time = LoggedTime(episode, nights: services.nights).clockText(services.settings.clock)
    return
      "\(episode.kind.label.lowercased()) at \(time) on the night of \(CalendarDateText.night(episode.night))"
  }
}
