import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs med`: the person's medicines and supplements, and doses of as-needed ones.
struct MedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "med",
    abstract: "Keep a list of your medicines and supplements, and log doses of as-needed ones.",
    discussion: """
      QuietLegs never suggests a dose, a change or a stop. \(MedicineRules.prescriberNote)
      Examples:
        quietlegs med add pramipexole --dose "1 tablet" --at 20:00 --since 2026-06-01
        quietlegs med add "co-codamol" --as-needed
        quietlegs med took 2 --at 23:40
        quietlegs med stop 1 --on 2026-11-20
        quietlegs med list
      """,
    subcommands: [
      MedAddCommand.self, MedStopCommand.self, MedTookCommand.self, MedListCommand.self,
      MedDeleteCommand.self,
    ],
    defaultSubcommand: MedListCommand.self)

  /// A `YYYY-MM-DD` date that is neither before 2000 nor after `today`.
  static func date(_ text: String, field: String, today: CivilDate) throws -> CivilDate {
    guard let date = CivilDate(text) else {
      throw CLIError("\(field): '\(text)' is not a date; use YYYY-MM-DD, e.g. \(today)")
    }
    if let problem = MedicineRules.date(field, date, today: today) { throw CLIError(problem) }
    return date
  }
}

/// `quietlegs med add NAME`.
struct MedAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add a medicine or supplement you take.")

  @Argument(help: ArgumentHelp("Its name, as on the box (e.g. pramipexole, oral iron).", valueName: "name"))
  var name: String

  @Option(
    help: ArgumentHelp("The dose as you write it, as on the label (e.g. \"1 tablet\").", valueName: "text"))
  var dose: String?

  @Flag(name: .customLong("as-needed"), help: "Taken only when needed: log each dose with `med took`.")
  var asNeeded = false

  @Option(help: ArgumentHelp("For a regular medicine, the usual time (HH:MM).", valueName: "HH:MM"))
  var at: String?

  @Option(help: ArgumentHelp("The day you started it (YYYY-MM-DD, default today).", valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp("A note.", valueName: "text"))
  var note: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let today = context.nights.localDate(of: context.now)
    if asNeeded, at != nil {
      throw CLIError("at: an as-needed medicine has no usual time; use either --as-needed or --at HH:MM")
    }
    var time: ClockTime?
    if let at {
      guard let (hour, minute) = WhenParser.clockTime(at), let parsed = ClockTime(hour: hour, minute: minute)
      else {
        throw CLIError("at: '\(at)' is not a time; use HH:MM from 00:00 to 23:59, e.g. 21:00 (or 9:00 pm)")
      }
      time = parsed
    }
    let start = try since.map { try MedCommand.date($0, field: "since", today: today) } ?? today
    let medicine = Medicine(
      name: name, dose: dose ?? "", asNeeded: asNeeded, usualTime: time, since: start, note: note ?? "")
    let journal = try context.openJournal()
    let saved = try cliCall { try journal.addMedicine(medicine, today: today) }
    print("Added medicine \(saved.id ?? 0): \(MedicineText.line(saved, clock: context.settings.clock)).")
    if let link = MedicineText.groupLine(saved) { print(link) }
    print(MedicineRules.prescriberNote)
  }
}

/// `quietlegs med stop ID`.
struct MedStopCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stop", abstract: "Record the day you stopped a medicine (as agreed with your prescriber).")

  @Argument(help: ArgumentHelp("The medicine's id (see `quietlegs med list`).", valueName: "id"))
  var id: Int64

  @Option(help: ArgumentHelp("The last day you took it (YYYY-MM-DD, default today).", valueName: "date"))
  var on: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let today = context.nights.localDate(of: context.now)
    let day = try on.map { try MedCommand.date($0, field: "on", today: today) } ?? today
    let journal = try context.openJournal()
    let saved = try cliCall { try journal.stopMedicine(id: id, on: day, today: today) }
    print("Recorded: \(saved.name) stopped on \(day).")
  }
}

/// `quietlegs med took ID`.
struct MedTookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "took", abstract: "Log a dose of an as-needed medicine.")

  @Argument(help: ArgumentHelp("The medicine's id (see `quietlegs med list`).", valueName: "id"))
  var id: Int64

  @Option(help: ArgumentHelp("When you took it: \(WhenParser.allowed).", valueName: "when"))
  var at: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    var taken = context.now
    if let at {
      taken = try cliCall {
        try WhenParser.parse(at, now: context.now, nights: context.nights, clock: context.settings.clock)
      }
    }
    let journal = try context.openJournal()
    let dose = try cliCall {
      try journal.logDose(medicineId: id, at: taken, nights: context.nights, now: context.now)
    }
    let clock = context.nights.clockTime(of: dose.takenAt)
    print(
      "Logged a dose of medicine \(id) at \(context.settings.clock.text(hour: clock.hour, minute: clock.minute)), "
        + "night of \(dose.night).")
  }
}

/// `quietlegs med list`.
struct MedListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List your medicines with their ids.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

  @Option(help: "Output format: table or json (the backup's `medicines` array).")
  var format: Format = .table

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let medicines = try cliCall { try journal.medicines() }
    switch format {
    case .json:
      let doses = Dictionary(grouping: try cliCall { try journal.allDoses() }, by: \.medicineUUID)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(medicines.map { MedicineJSON($0, doses: doses[$0.uuid] ?? []) })
      print(String(decoding: data, as: UTF8.self))
    case .table:
      guard !medicines.isEmpty else {
        print("No medicines yet. Add one with `quietlegs med add NAME`.")
        return
      }
      for medicine in medicines {
        print(
          "\(String(medicine.id ?? 0).padding(toLength: 4, withPad: " ", startingAt: 0))\(MedicineText.line(medicine, clock: context.settings.clock))"
        )
        if let link = MedicineText.groupLine(medicine) { print("    \(link)") }
      }
      print("")
      print(MedicineRules.prescriberNote)
    }
  }
}

/// `quietlegs med delete ID`.
struct MedDeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Delete a medicine entered by mistake, with its logged doses.")

  @Argument(help: ArgumentHelp("The medicine's id (see `quietlegs med list`).", valueName: "id"))
  var id: Int64

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let old = try cliCall { try journal.deleteMedicine(id: id) }
    print("Deleted medicine \(id): \(old.name), with its logged doses.")
  }
}
