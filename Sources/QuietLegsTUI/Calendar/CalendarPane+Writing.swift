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
      return save(draft, from: form, now: now)
    }
  }

  mutating func handleChecklist(_ key: Key, checklist: FactorChecklist) -> [Effect] {
    var checklist = checklist
    var effects: [Effect] = []
    switch Keymap.calendarFactorChecklist.action(for: key) {
    case .moveUp?: checklist.move(by: -1)
    case .moveDown?: checklist.move(by: 1)
    case .close?:
      mode = .browsing
      return []
    case .checklistToggle?:
      if let change = checklist.toggle() {
        effects = write(change.factor, ticked: change.ticked, night: checklist.night)
      }
    default: break
    }
    mode = .factors(checklist)
    return effects
  }

  mutating func delete(_ episode: Episode) -> [Effect] {
    guard let id = episode.id else { return [] }
    do {
      let old = try services.journal.delete(id: id)
      undoStack.append(CalendarUndo(change: .deleted, before: old))
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
      case .edited: try services.journal.revertEdit(to: last.before)
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
    } catch {
      undoStack.append(last)
      return [.status(StatusMessage("Could not undo: \(error)", kind: .error))]
    }
  }

  private mutating func save(_ draft: EpisodeDraft, from form: EpisodeForm, now: Date) -> [Effect] {
    let nights = services.nights
    let saved: Episode
    do {
      if case .edit(let original) = form.purpose, let id = original.id {
        let change = try services.journal.update(id: id, with: draft, nights: nights, now: now)
        undoStack.append(CalendarUndo(change: .edited, before: change.old))
        saved = change.new
      } else {
        saved = try services.journal.add(draft, nights: nights, now: now)
      }
    } catch {
      return [.status(StatusMessage("Not saved: \(error)", kind: .error))]
    }
    mode = .browsing
    select(saved.night)
    selectedEpisodeID = saved.id
    let timeNote = form.timeNote.map { " Note: \($0)." } ?? ""
    return [.status(StatusMessage("Saved \(describe(saved)).\(timeNote)", kind: .success)), .journalChanged]
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

  /// `cramp at 02:10 on the night of Tue 14 May`.
  private func describe(_ episode: Episode) -> String {
    let clock = services.nights.clockTime(of: episode.start)
    return
      "\(episode.kind.label.lowercased()) at \(ClockTimeText.format(hour: clock.hour, minute: clock.minute))"
      + " on the night of \(CalendarDateText.night(episode.night))"
  }
}
