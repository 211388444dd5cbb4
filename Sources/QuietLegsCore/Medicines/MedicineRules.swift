import Foundation

/// The limits a medicine and a dose must respect, shared by the command line, the form and import.
public enum MedicineRules {
  /// Longest name accepted, in characters.
  public static let maxNameLength = 80
  /// Longest dose text accepted, in characters.
  public static let maxDoseLength = 60
  /// The earliest start date accepted (as for episodes: before 2000 is a typing slip).
  public static let earliestDate = CivilDate(year: 2000, month: 1, day: 1)!

  /// The line shown wherever medicines show.
  public static let prescriberNote = "Change or stop a medicine only with your prescriber."

  /// Checks a medicine; `today` is the local date now. Returns the first problem found.
  public static func validate(_ medicine: Medicine, today: CivilDate) -> FieldError? {
    let name = medicine.name.trimmingCharacters(in: .whitespaces)
    if name.isEmpty {
      return FieldError(field: "name", message: "is empty; write the medicine's name, e.g. pramipexole")
    }
    if name.count > maxNameLength {
      return FieldError(field: "name", message: "is longer than \(maxNameLength) characters")
    }
    if let bad = [("name", medicine.name), ("dose", medicine.dose), ("note", medicine.note)].first(where: {
      $0.1.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) && $0 != "\n" }
    }) {
      return FieldError(field: bad.0, message: "holds a control character; use plain text")
    }
    if medicine.name.contains("\n") || medicine.dose.contains("\n") {
      return FieldError(field: medicine.name.contains("\n") ? "name" : "dose", message: "must be one line")
    }
    if medicine.dose.count > maxDoseLength {
      return FieldError(
        field: "dose", message: "is longer than \(maxDoseLength) characters; write it as on the label")
    }
    if medicine.note.count > EpisodeRules.maxNoteLength {
      return FieldError(field: "note", message: "is longer than \(EpisodeRules.maxNoteLength) characters")
    }
    if medicine.asNeeded && medicine.usualTime != nil {
      return FieldError(
        field: "at", message: "an as-needed medicine has no usual time; log each dose with `med took`")
    }
    if let problem = date("since", medicine.since, today: today) { return problem }
    if let until = medicine.until {
      if let problem = date("on", until, today: today) { return problem }
      if until < medicine.since {
        return FieldError(
          field: "on",
          message: "\(until) is before the start \(medicine.since); a stop date must be on or after it")
      }
    }
    return nil
  }

  /// Checks a dose of `medicine` taken at `takenAt` (night `night`).
  public static func validateDose(
    _ medicine: Medicine, takenAt: Date, night: CivilDate, localDay: CivilDate, now: Date
  ) -> FieldError? {
    if !medicine.asNeeded {
      return FieldError(
        field: "id", message: "\(medicine.name) is taken regularly; only as-needed doses are logged")
    }
    if takenAt.timeIntervalSince(now) > EpisodeRules.futureTolerance {
      return FieldError(field: "at", message: "the time is in the future; log now or a past time")
    }
    if takenAt < EpisodeRules.earliestStart {
      return FieldError(field: "at", message: "the time is before the year 2000; check the year")
    }
    if localDay < medicine.since || medicine.until.map({ localDay > $0 }) == true {
      let span = medicine.until.map { "\(medicine.since) to \($0)" } ?? "from \(medicine.since)"
      return FieldError(
        field: "at", message: "\(localDay) is outside the dates you take \(medicine.name) (\(span))")
    }
    return nil
  }

  /// A date field checked against the year 2000 and today.
  public static func date(_ field: String, _ date: CivilDate, today: CivilDate) -> FieldError? {
    if date < earliestDate {
      return FieldError(field: field, message: "\(date) is before the year 2000; check the year")
    }
    if date > today {
      return FieldError(
        field: field, message: "\(date) is in the future (today is \(today)); use today or earlier")
    }
    return nil
  }
}
