import Foundation
import QuietLegsCore

/// The form for one lab value: which test, the value, its unit and the date, with a message per
/// field that failed the check.
struct LabForm: Equatable {
  /// A field of the form, in the order Tab visits them.
  enum Field: CaseIterable, Equatable {
    case test, value, unit, date

    var label: String {
      switch self {
      case .test: "Test"
      case .value: "Value"
      case .unit: "Unit"
      case .date: "Date"
      }
    }
  }

  private(set) var test: LabTest = .ferritin
  private(set) var focus: Field = .value
  private(set) var value = TextField("", limit: 12)
  private(set) var unit: TextField
  private(set) var date: TextField
  /// What is wrong with each field after the last attempt to save.
  private(set) var errors: [Field: String] = [:]
  /// The value text whose "did you mean ... %?" question was shown: saving it again keeps it.
  private var confirmedFraction: String?

  init(today: CivilDate) {
    unit = TextField(LabTest.ferritin.units[0], limit: TextLimits.labUnit)
    date = TextField(today.description, limit: 10)
  }

  /// The text field of a field (nil for the test choice).
  func textField(_ field: Field) -> TextField? {
    switch field {
    case .test: nil
    case .value: value
    case .unit: unit
    case .date: date
    }
  }

  mutating func moveFocus(by steps: Int) {
    let all = Field.allCases
    let index = all.firstIndex(of: focus) ?? 0
    focus = all[(index + steps + all.count) % all.count]
  }

  /// Switches between the tests; a unit that belonged to the old test follows to the new one.
  mutating func switchTest() {
    let old = test
    test = old == .ferritin ? .tsat : .ferritin
    let typed = LabResult.canonicalUnit(unit.text)
    if typed.isEmpty || old.units.contains(typed) { unit.set(test.units[0]) }
    errors[.unit] = nil
  }

  /// Gives a typing key to the focused text field; false when it does not use it.
  mutating func edit(with key: Key) -> Bool {
    let used: Bool
    switch focus {
    case .test: return false
    case .value: used = value.handle(key)
    case .unit: used = unit.handle(key)
    case .date: used = date.handle(key)
    }
    if used { errors[focus] = nil }
    return used
  }

  /// The value to save when every field is right; otherwise marks the fields that are wrong,
  /// focuses the first of them and returns nil.
  mutating func checked(today: CivilDate) -> LabResult? {
    errors = [:]
    var number: Double?
    do {
      number = try LabResult.parseValue(value.text, test: test)
    } catch {
      errors[.value] = error.message
    }
    // A transferrin saturation of 1 or less is asked about once; Enter again saves it as typed.
    if let typed = number, let question = LabResult.fractionQuestion(test: test, value: typed),
      confirmedFraction != value.text
    {
      errors[.value] = "\(question.message) Enter again keeps \(NumberText.format(typed)) %"
      confirmedFraction = value.text
    }
    let canonicalUnit = LabResult.canonicalUnit(unit.text)
    let takenOn = CivilDate(date.text.trimmingCharacters(in: .whitespaces))
    if takenOn == nil {
      errors[.date] = "use YYYY-MM-DD, e.g. \(today)"
    } else if let takenOn, takenOn > today {
      errors[.date] = "\(takenOn) has not happened yet"
    } else if let takenOn, let problem = RecordDate.problem(takenOn, field: "date", latest: today) {
      errors[.date] = problem.message
    }
    if let problem = LabResult.validate(test: test, value: number ?? 0, unit: canonicalUnit) {
      let field: Field = problem.field == "unit" ? .unit : .value
      if errors[field] == nil, field == .unit || number != nil { errors[field] = problem.message }
    }
    if let first = Field.allCases.first(where: { errors[$0] != nil }) {
      focus = first
      return nil
    }
    guard let number, let takenOn else { return nil }
    return LabResult(test: test, value: number, unit: canonicalUnit, takenOn: takenOn)
  }
}
