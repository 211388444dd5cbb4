import QuietLegsCore

/// Keys while typing a filter or a note: the field takes every key, Enter and Esc finish.
extension CausesPane {
  mutating func handleFiltering(_ key: Key, field: TextField) -> PaneResponse {
    var field = field
    switch Self.filterKeys.action(for: key) {
    case .keep?:
      applyFilter(field.text.trimmingCharacters(in: .whitespaces))
    case .clear?:
      applyFilter("")
    case .up?: select(list.item(-1, from: selection))
    case .down?: select(list.item(1, from: selection))
    case nil:  // every other key types into the field
      guard field.handle(key) else { return .handled }
      mode = .filtering(field)
      select(list.firstCause ?? list.keeping(selection))
    }
    return .handled
  }

  mutating func handleNote(_ key: Key, causeID: String, field: TextField) -> PaneResponse {
    var field = field
    switch Self.noteKeys.action(for: key) {
    case .save?:
      // An unchanged note is not written again: opening a note and pressing Enter changes nothing.
      guard field.text != (data.checklist[causeID]?.note ?? "") else {
        mode = .browsing
        return .handled([.status(StatusMessage("Note unchanged."))])
      }
      let note = field.text.trimmingCharacters(in: .whitespaces)
      if let problem = ChecklistEntry.checkNote(note) {
        return .handled([.status(StatusMessage("Not saved: the note \(problem.message).", kind: .warning))])
      }
      mode = .browsing
      return saveNote(note, causeID: causeID, field: field)
    case .cancel?:
      mode = .browsing
      return .handled([.status(StatusMessage("Note left as it was."))])
    case nil:  // every other key types into the field
      if field.handle(key) { mode = .editingNote(causeID: causeID, field: field) }
      return .handled
    }
  }

  /// Saves the note unless another terminal changed it since it was opened: then the editor
  /// stays open with a message, and Enter again saves this text over the other one.
  private mutating func saveNote(_ note: String, causeID: String, field: TextField) -> PaneResponse {
    do {
      try services.journal.setNote(causeID, note, expected: noteOpenedWith)
    } catch .noteChanged(_, let current) {
      noteOpenedWith = current
      mode = .editingNote(causeID: causeID, field: field)
      let now =
        current.isEmpty ? "it was removed" : "it now reads \u{201C}\(TextSanitizer.clean(current))\u{201D}"
      return .handled([
        .journalChanged,
        .status(
          StatusMessage(
            "Not saved: this note changed in another terminal since you opened it (\(now)). "
              + "Enter saves yours over it; Esc keeps theirs.", kind: .warning)),
      ])
    } catch {
      return .handled([.status(StatusMessage(error.description, kind: .error))])
    }
    readJournal()
    let text = note.isEmpty ? "Note removed." : "Note saved."
    return .handled([.journalChanged, .status(StatusMessage(text, kind: .success))])
  }
}
