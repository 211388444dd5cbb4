import Foundation
import QuietLegsCore

/// Keys of the medicines view: moving in the list, adding, logging a dose, recording a stop.
extension CausesPane {
  mutating func handleMedicines(_ key: Key, screen: MedicinesScreen) -> PaneResponse {
    var screen = screen
    if let form = screen.form { return handleMedicineForm(key, form: form, screen: screen) }
    let medicines = data.medicines
    guard let action = Self.medicinesKeys.action(for: key) else { return .ignored }
    switch action {
    case .up: screen.selected -= 1
    case .down: screen.selected += 1
    case .add: screen.form = MedicineForm(today: today)
    case .back:
      mode = .browsing
      select(.medicines)
      return .handled
    case .took:
      guard let medicine = screen.selection(in: medicines), let id = medicine.id else {
        return nothingSelected()
      }
      let clock = services.settings.clock
      return save(screen) { journal, nights, now in
        let dose = try journal.logDose(medicineId: id, at: now, nights: nights, now: now)
        let time = nights.clockTime(of: dose.takenAt)
        return "Logged a dose of \(medicine.name) at \(clock.text(hour: time.hour, minute: time.minute))."
      }
    case .stopped:
      guard let medicine = screen.selection(in: medicines), let id = medicine.id else {
        return nothingSelected()
      }
      guard medicine.until == nil else {
        return .handled([
          .status(StatusMessage("\(medicine.name) was stopped on \(medicine.until!).", kind: .warning))
        ])
      }
      let day = today
      return save(screen) { journal, _, _ in
        try journal.stopMedicine(id: id, on: day, today: day)
        return "Recorded: \(medicine.name) stopped on \(day). \(MedicineRules.prescriberNote)"
      }
    }
    screen.clamp(to: medicines.count)
    mode = .medicines(screen)
    return .handled
  }

  private mutating func handleMedicineForm(_ key: Key, form: MedicineForm, screen: MedicinesScreen)
    -> PaneResponse
  {
    var screen = screen
    var form = form
    switch Self.medicineFormKeys.action(for: key) {
    case .cancel?:
      screen.form = nil
      mode = .medicines(screen)
      return .handled([.status(StatusMessage("Nothing saved."))])
    case .save?:
      guard let medicine = form.checked(today: today) else {
        screen.form = form
        mode = .medicines(screen)
        return .handled([
          .status(StatusMessage("Not saved: see the message next to the field.", kind: .warning))
        ])
      }
      let saved: Medicine
      do {
        saved = try services.journal.addMedicine(medicine, today: today)
      } catch {
        screen.form = form
        mode = .medicines(screen)
        return .handled([.status(StatusMessage(error.description, kind: .error))])
      }
      readJournal()
      screen.form = nil
      screen.selected = data.medicines.firstIndex { $0.uuid == saved.uuid } ?? 0
      mode = .medicines(screen)
      let text =
        "Added \(MedicineText.line(saved, clock: services.settings.clock)). \(MedicineRules.prescriberNote)"
      return .handled([.journalChanged, .status(StatusMessage(text, kind: .success))])
    case .nextField?: if key == .tab { form.tab() } else { form.moveFocus(by: 1) }
    case .previousField?: form.moveFocus(by: -1)
    case .change?:
      // Space and ←/→ edit a text field; on the Taken field they switch the schedule.
      if !form.edit(with: key), form.focus == .schedule { form.switchSchedule() }
    case nil: _ = form.edit(with: key)
    }
    screen.form = form
    mode = .medicines(screen)
    return .handled
  }

  /// Runs a journal write; on success reloads and says `body`'s message, else says the error.
  private mutating func save(
    _ screen: MedicinesScreen, _ body: (Journal, NightCalendar, Date) throws -> String
  ) -> PaneResponse {
    do {
      let text = try body(services.journal, services.nights, now)
      readJournal()
      var screen = screen
      screen.clamp(to: data.medicines.count)
      mode = .medicines(screen)
      return .handled([.journalChanged, .status(StatusMessage(text, kind: .success))])
    } catch {
      mode = .medicines(screen)
      let text = (error as? JournalError)?.description ?? "\(error)"
      return .handled([.status(StatusMessage(text, kind: .error))])
    }
  }

  private func nothingSelected() -> PaneResponse {
    .handled([.status(StatusMessage("No medicine listed yet: press a to add one.", kind: .warning))])
  }

  /// Draws the medicines view (and the form when it is open) in the pane's middle area.
  func renderMedicines(_ screen: MedicinesScreen, into buffer: inout Buffer, area: Rect) {
    var rest = area
    if let form = screen.form {
      let used = MedicineFormView.render(form, into: &buffer, area: area)
      rest = Rect(x: area.x, y: area.y + used + 1, width: area.width, height: max(0, area.height - used - 1))
    }
    let lines = MedicinesText.lines(
      medicines: data.medicines, doses: data.doses, selected: screen.form == nil ? screen.selected : nil,
      nights: services.nights, width: rest.width, clock: services.settings.clock)
    ScrolledLinesView(lines: lines, scrolls: false).render(into: &buffer, area: rest)
  }
}
