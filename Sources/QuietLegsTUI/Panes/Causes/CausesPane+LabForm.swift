import QuietLegsCore

/// Keys while the lab form is open: moving between fields, typing, switching the test, saving.
extension CausesPane {
  mutating func handleLabForm(_ key: Key, form: LabForm) -> PaneResponse {
    var form = form
    switch Self.labFormKeys.action(for: key) {
    case .cancel?:
      mode = .browsing
      return .handled([.status(StatusMessage("Nothing saved."))])
    case .save?:
      return saveLab(&form)
    case .nextField?: form.moveFocus(by: 1)
    case .previousField?: form.moveFocus(by: -1)
    case .change?:
      // Space and ←/→ edit a text field; on the Test field they switch the test.
      if !form.edit(with: key), form.focus == .test { form.switchTest() }
    case nil: _ = form.edit(with: key)
    }
    mode = .addingLab(form)
    return .handled
  }

  private mutating func saveLab(_ form: inout LabForm) -> PaneResponse {
    guard let result = form.checked(today: today) else {
      mode = .addingLab(form)
      return .handled([
        .status(StatusMessage("Not saved: see the message next to the field.", kind: .warning))
      ])
    }
    do {
      try services.journal.addLab(result)
    } catch {
      mode = .addingLab(form)
      return .handled([.status(StatusMessage(error.description, kind: .error))])
    }
    mode = .browsing
    readJournal()
    select(.labResults)
    let text =
      "Saved \(result.test.label.lowercased()) \(result.formattedValue) \(result.unit) from \(result.takenOn)."
    return .handled([.journalChanged, .status(StatusMessage(text, kind: .success))])
  }
}
