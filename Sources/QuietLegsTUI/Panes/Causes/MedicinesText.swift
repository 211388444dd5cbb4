import Foundation
import QuietLegsCore

/// The medicines as lines for the causes pane: the list, what each is linked to in the catalogue,
/// recent as-needed doses, the prescriber line; and iron treatment dates for the lab history.
enum MedicinesText {
  static func lines(
    medicines: [Medicine], doses: [MedicineDose], selected: Int?, nights: NightCalendar, width: Int,
    clock: ClockStyle = .twentyFourHour
  ) -> [StyledLine] {
    var lines = StyledLine.wrapped("Your medicines and supplements", width: width, role: .title)
    lines += StyledLine.wrapped(MedicineRules.prescriberNote, width: width, role: .warning)
    lines.append(.blank)
    if medicines.isEmpty {
      lines += StyledLine.wrapped(
        "None listed yet. A doctor asks first what you take and since when: in this view (M), a adds one.",
        width: width, role: .muted)
    }
    for (index, medicine) in medicines.enumerated() {
      let role: StyleRole = index == selected ? .selection : (medicine.until == nil ? .text : .muted)
      lines +=
        index == selected
        ? StyledLine.wrapped("▸ " + MedicineText.line(medicine, clock: clock), width: width, role: role)
        : StyledLine.wrapped(MedicineText.line(medicine, clock: clock), width: width, role: role, indent: 2)
      if let link = MedicineText.groupLine(medicine) {
        lines += StyledLine.wrapped(link, width: width, role: .muted, indent: 4)
      }
      if !medicine.note.isEmpty {
        lines += StyledLine.wrapped("Note: " + medicine.note, width: width, role: .muted, indent: 4)
      }
      let taken = doses.filter { $0.medicineUUID == medicine.uuid }
      if medicine.asNeeded, let last = taken.last {
        let time = nights.clockTime(of: last.takenAt)
        lines += StyledLine.wrapped(
          "\(taken.count) logged in the last 4 weeks; last on the night of \(last.night) at "
            + clock.text(hour: time.hour, minute: time.minute),
          width: width, role: .muted, indent: 4)
      }
    }
    lines.append(.blank)
    lines += StyledLine.wrapped(
      "QuietLegs never suggests a dose, a change or a stop. It compares when restless legs start while a "
        + "dopamine agonist or levodopa is taken (see a doctor, and Insights).", width: width, role: .muted)
    return lines
  }

  /// Iron treatment start and stop dates against ferritin values, for the lab history.
  static func ironLines(medicines: [Medicine], labs: [LabResult], width: Int) -> [StyledLine] {
    let timeline = MedicineReport.ironTimeline(medicines: medicines, labs: labs)
    guard timeline.contains(where: { !$0.text.hasPrefix("ferritin") }) else { return [] }
    var lines: [StyledLine] = [.blank, StyledLine(text: "Iron treatment and ferritin", role: .accent)]
    for item in timeline {
      lines += StyledLine.wrapped("\(item.date)  \(item.text)", width: width, indent: 2)
    }
    return lines
  }

  /// Above a medicine cause: the person's own medicines in its drug groups, each with the
  /// prescriber line ("You take sertraline, an SSRI: …: talk to your prescriber").
  static func causeLinks(cause: Cause, medicines: [Medicine], width: Int) -> [StyledLine] {
    let mine = medicines.filter { $0.until == nil && $0.group?.causeId == cause.id }
    guard !mine.isEmpty else { return [] }
    var lines: [StyledLine] = []
    for medicine in mine {
      if let line = MedicineText.groupLine(medicine) {
        lines += StyledLine.wrapped(line, width: width, role: .warning)
      }
    }
    return lines + [.blank]
  }
}
