import Foundation
import QuietLegsCore

/// The form for a new medicine: name (with completion of common names), dose as written,
/// regular or as needed, usual time and start date, with a message per field that failed.
struct MedicineForm: Equatable {
  /// A field of the form, in the order Tab visits them.
  enum Field: CaseIterable, Equatable {
    case name, dose, schedule, time, since, note

    var label: String {
      switch self {
      case .name: "Name"
      case .dose: "Dose"
      case .schedule: "Taken"
      case .time: "Time"
      case .since: "Since"
      case .note: "Note"
      }
    }
  }

  private(set) var focus: Field = .name
  private(set) var name = TextField("", limit: MedicineRules.maxNameLength)
  private(set) var dose = TextField("", limit: MedicineRules.maxDoseLength)
  private(set) var asNeeded = false
  private(set) var time = TextField("", limit: 8)
  private(set) var since: TextField
  private(set) var note = TextField("", limit: EpisodeRules.maxNoteLength)
  /// What is wrong with each field after the last attempt to save.
  private(set) var errors: [Field: String] = [:]

  init(today: CivilDate) {
    since = TextField(today.description, limit: 10)
  }

  /// Common names that complete what is typed in the name field (at most three).
  var suggestions: [String] { Array(DrugGroups.completions(of: name.text).prefix(3)) }

  /// The text field of a field (nil for the schedule choice).
  func textField(_ field: Field) -> TextField? {
    switch field {
    case .name: name
    case .dose: dose
    case .schedule: nil
    case .time: time
    case .since: since
    case .note: note
    }
  }

  /// Tab: on the name field with a suggestion, completes it; otherwise moves to the next field.
  mutating func tab() {
    if focus == .name, let first = suggestions.first {
      name.set(first)
      errors[.name] = nil
    } else {
      moveFocus(by: 1)
    }
  }

  mutating func moveFocus(by steps: Int) {
    let all = Field.allCases.filter { $0 != .time || !asNeeded }
    let index = all.firstIndex(of: focus) ?? 0
    focus = all[(index + steps + all.count) % all.count]
  }

  /// Switches between regular and as needed; an as-needed medicine has no usual time.
  mutating func switchSchedule() {
    asNeeded.toggle()
    if asNeeded {
      time.set("")
      errors[.time] = nil
    }
  }

  /// Gives a typing key to the focused text field; false when it does not use it.
  mutating func edit(with key: Key) -> Bool {
    let used: Bool
    switch focus {
    case .schedule: return false
    case .name: used = name.handle(key)
    case .dose: used = dose.handle(key)
    case .time: used = time.handle(key)
    case .since: used = since.handle(key)
    case .note: used = note.handle(key)
    }
    if used { errors[focus] = nil }
    return used
  }

  /// The medicine to save when every field is right; otherwise marks the fields that are wrong,
  /// focuses the first of them and returns nil.
  mutating func checked(today: CivilDate) -> Medicine? {
    errors = [:]
    let typedTime = time.text.trimmingCharacters(in: .whitespaces)
    // `21:00` or, as on the 12-hour clock, `9:00 pm`.
    let usual = WhenParser.clockTime(typedTime).flatMap { ClockTime(hour: $0.0, minute: $0.1) }
    if !typedTime.isEmpty && usual == nil {
      errors[.time] = "use HH:MM or 9:00 pm, e.g. 21:00, or leave empty"
    }
    let start = CivilDate(since.text.trimmingCharacters(in: .whitespaces))
    if start == nil { errors[.since] = "use YYYY-MM-DD, e.g. \(today)" }
    let medicine = Medicine(
      name: name.text.trimmingCharacters(in: .whitespaces),
      dose: dose.text.trimmingCharacters(in: .whitespaces),
      asNeeded: asNeeded, usualTime: asNeeded ? nil : usual, since: start ?? today, note: note.text)
    if let problem = MedicineRules.validate(medicine, today: today) {
      let field: Field =
        switch problem.field {
        case "name": .name
        case "dose": .dose
        case "at": .time
        case "note": .note
        default: .since
        }
      if errors[field] == nil { errors[field] = problem.message }
    }
    if let first = Field.allCases.first(where: { errors[$0] != nil }) {
      focus = first
      return nil
    }
    return medicine
  }
}
