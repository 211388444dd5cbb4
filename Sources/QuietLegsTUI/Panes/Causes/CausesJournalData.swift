import Foundation
import QuietLegsCore

/// What the causes pane shows from the journal, read once per reload so drawing never queries it.
struct CausesJournalData {
  /// How many weeks of nights the "see a doctor" rules look at.
  static let flagWeeks = 4

  var checklist: [String: ChecklistEntry] = [:]
  /// Lab values, oldest first.
  var labs: [LabResult] = []
  var latestQuestionnaire: QuestionnaireResult?
  /// Signs from the ticks, the labs and the last weeks of nights.
  var flagsThatApply: [RedFlag] = []
  /// The person's medicines, and the as-needed doses of the last 4 weeks.
  var medicines: [Medicine] = []
  var doses: [MedicineDose] = []

  /// Reads everything for the moment `now`.
  static func load(from services: AppServices, now: Date) throws(JournalError) -> CausesJournalData {
    let journal = services.journal
    var data = CausesJournalData()
    data.checklist = try journal.checklist()
    data.labs = try journal.labs()
    data.latestQuestionnaire = try journal.questionnaires().last
    data.medicines = try journal.medicines()
    let ticked = Set(data.checklist.values.filter(\.ticked).map(\.causeId))
    let current = services.nights.night(of: now)
    let weekStart = services.settings.weekStart
    let first = current.startOfWeek(weekStart).adding(days: -7 * (flagWeeks - 1))
    let history = NightHistory(
      first: first, last: current, episodes: try journal.episodes(from: first, through: current))
    data.flagsThatApply =
      PersonalRedFlags.evaluate(ticked: ticked, labs: data.labs, catalog: services.catalog)
      + JournalRedFlags.evaluate(history, current: current, weekStart: weekStart, weeks: flagWeeks)
      + (try journal.augmentationFlags(current: current, clock: services.settings.clock))
    data.doses = try journal.doses(from: current.adding(days: -27), through: current)
    return data
  }

  func isTicked(_ causeID: String) -> Bool { checklist[causeID]?.ticked == true }

  /// The most recent value of a test.
  func latest(_ test: LabTest) -> LabResult? { labs.last { $0.test == test } }
}
