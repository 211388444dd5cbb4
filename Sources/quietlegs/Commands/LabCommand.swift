import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs lab ferritin VALUE`: records a lab value, lists them, or deletes one.
struct LabCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lab",
    abstract: "Record a ferritin or transferrin saturation value, list them, or delete one.",
    discussion: """
      Examples:
        quietlegs lab ferritin 42 --date 2026-11-01
        quietlegs lab tsat 18      (or 18%; a value of 1 or less asks "did you mean ... %?")
        quietlegs lab              (lists the values with their ids, against the thresholds, with sources)
        quietlegs lab --delete 3   (removes value 3, say one typed wrongly)
      """)

  @Argument(help: ArgumentHelp("ferritin or tsat.", valueName: "test"), completion: Completions.labTests)
  var test: String?

  @Argument(help: ArgumentHelp("The value (ferritin in ng/mL or ug/L, tsat in %).", valueName: "value"))
  var value: String?

  @Option(help: "Unit: ng/mL or ug/L for ferritin (the same number), % for tsat.")
  var unit: String?

  @Option(help: ArgumentHelp("Date of the blood test (YYYY-MM-DD, default today).", valueName: "date"))
  var date: String?

  @Option(help: ArgumentHelp("Delete the lab value with this id (see `quietlegs lab`).", valueName: "id"))
  var delete: Int64?

  @Flag(help: "Save a transferrin saturation of 1 % or less as typed (0.25 usually means 25 %).")
  var confirm = false

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    if let delete {
      guard test == nil, value == nil, unit == nil, date == nil else {
        throw CLIError("lab: --delete takes only the id; record a new value in a separate command")
      }
      let journal = try context.openJournal()
      let old = try cliCall { try journal.deleteLab(id: delete) }
      print(
        "Deleted lab value \(delete): \(old.test.label) \(old.formattedValue) \(old.unit) from \(old.takenOn)."
      )
      return
    }
    guard let test else { return try list(context) }
    guard let kind = LabTest(rawValue: test.lowercased()) else {
      throw CLIError("test: '\(test)' is unknown; use ferritin or tsat")
    }
    guard let value else {
      throw CLIError("value: missing; e.g. quietlegs lab \(kind.rawValue) \(kind == .tsat ? "25" : "42")")
    }
    let number = try cliCall { try LabResult.parseValue(value, test: kind) }
    if !confirm, let question = LabResult.fractionQuestion(test: kind, value: number) {
      throw CLIError(
        "\(question) Type it in percent, or add --confirm to save \(NumberText.format(number)) % as typed")
    }
    let canonical = LabResult.canonicalUnit(unit ?? kind.units[0])
    if let problem = LabResult.validate(test: kind, value: number, unit: canonical) {
      throw CLIError(problem)
    }
    let today = context.nights.localDate(of: context.now)
    var taken = today
    if let date {
      guard let parsed = CivilDate(date) else {
        throw CLIError("date: '\(date)' is not a date in the form YYYY-MM-DD")
      }
      if let problem = RecordDate.problem(parsed, field: "date", latest: today) { throw CLIError(problem) }
      taken = parsed
    }
    let journal = try context.openJournal()
    let saved = try cliCall {
      try journal.addLab(LabResult(test: kind, value: number, unit: canonical, takenOn: taken))
    }
    print("Saved \(kind.label) \(saved.formattedValue) \(saved.unit) from \(saved.takenOn).")
    print(LabText.thresholdNote(kind))
  }

  private func list(_ context: CommandContext) throws {
    let journal = try context.openJournal()
    let labs = try cliCall { try journal.labs() }
    guard !labs.isEmpty else {
      print("No lab values yet. Record one with `quietlegs lab ferritin VALUE`.")
      return
    }
    let idWidth = max(2, labs.map { String($0.id ?? 0).count }.max() ?? 2)
    let pad = { (text: String, width: Int) in
      text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
    }
    print("\(pad("ID", idWidth))  DATE        \(pad("TEST", 24)) VALUE")
    for lab in labs {
      print(
        "\(pad(String(lab.id ?? 0), idWidth))  \(lab.takenOn)  \(pad(lab.test.label, 24)) \(lab.formattedValue) \(lab.unit)"
      )
    }
    let iron = MedicineReport.ironTimeline(medicines: try cliCall { try journal.medicines() }, labs: labs)
    if iron.contains(where: { !$0.text.hasPrefix("ferritin") }) {
      print("")
      print("Iron treatment and ferritin:")
      for item in iron { print("  \(item.date)  \(item.text)") }
    }
    print("")
    for test in LabTest.allCases where labs.contains(where: { $0.test == test }) {
      print(LabText.thresholdNote(test))
    }
  }
}

/// The thresholds shown next to lab values, with their sources; never a verdict.
enum LabText {
  static func thresholdNote(_ test: LabTest) -> String { LabReference.note(test) }
}
