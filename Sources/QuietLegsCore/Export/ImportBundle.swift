import Foundation

/// Everything read from an import file, checked and ready to save.
public struct ImportBundle: Sendable {
  public var episodes: [Episode] = []
  public var checklist: [ChecklistEntry] = []
  public var labs: [LabResult] = []
  public var sessions: [RoutineSession] = []
  public var factors: [FactorMark] = []
  public var questionnaires: [QuestionnaireResult] = []
  public var medicines: [Medicine] = []
  public var doses: [MedicineDose] = []
  /// UUIDs made up here for episodes whose row carried none (CSV from elsewhere): those are
  /// matched against the journal by start, kind, side and site instead of by uuid.
  private(set) var madeUpUUIDs: Set<String> = []

  public init(episodes: [Episode] = []) { self.episodes = episodes }

  /// Adds a checked episode, noting when its uuid was made up because `row` had none.
  mutating func add(_ episode: Episode, from row: EpisodeJSON) {
    if (row.uuid ?? "").isEmpty { madeUpUUIDs.insert(episode.uuid) }
    episodes.append(episode)
  }

  /// Whether the episode's own file gave its uuid (so it is matched by uuid only).
  public func carriesUUID(_ episode: Episode) -> Bool { !madeUpUUIDs.contains(episode.uuid) }

  /// Checks the non-episode arrays of a backup; dates after `today` (factor nights after
  /// `tonight`) or before 2000 are refused, as the command line refuses them (a lab value from the
  /// future would drive the see-a-doctor signs), and so are factor ids not in `factorIds`.
  init(
    otherRecordsOf backup: JournalBackup, today: CivilDate, tonight: CivilDate, factorIds: Set<String>
  ) throws(ImportError) {
    func fail(_ array: String, _ index: Int, _ message: String) -> ImportError {
      ImportError(record: index + 1, line: nil, message: "\(array): \(message)")
    }
    for (i, item) in backup.checklist.enumerated() {
      guard Identifier.isValid(item.causeId) else {
        throw fail("checklist", i, "causeId '\(item.causeId)' is not an id")
      }
      let on = item.tickedOn.flatMap(CivilDate.init)
      if item.tickedOn != nil && on == nil { throw fail("checklist", i, "tickedOn is not YYYY-MM-DD") }
      if let on, let problem = RecordDate.problem(on, field: "tickedOn", latest: today) {
        throw fail("checklist", i, problem.description)
      }
      if let problem = ChecklistEntry.checkNote(item.note ?? "") {
        throw fail("checklist", i, problem.description)
      }
      checklist.append(
        ChecklistEntry(causeId: item.causeId, ticked: item.ticked, tickedOn: on, note: item.note ?? ""))
    }
    for (i, item) in backup.labs.enumerated() {
      guard let test = LabTest(rawValue: item.test) else {
        throw fail("labs", i, "test must be ferritin or tsat")
      }
      guard let date = CivilDate(item.takenOn) else { throw fail("labs", i, "takenOn is not YYYY-MM-DD") }
      if let problem = RecordDate.problem(date, field: "takenOn", latest: today) {
        throw fail("labs", i, problem.description)
      }
      let unit = LabResult.canonicalUnit(item.unit)
      if let problem = LabResult.validate(test: test, value: item.value, unit: unit) {
        throw fail("labs", i, problem.description)
      }
      var lab = LabResult(test: test, value: item.value, unit: unit, takenOn: date)
      if let uuid = item.uuid, !uuid.isEmpty {
        guard let canonical = RecordUUID.canonical(uuid) else {
          throw fail("labs", i, "uuid: \(RecordUUID.problem(uuid))")
        }
        lab.uuid = canonical
      }
      labs.append(lab)
    }
    for (i, item) in backup.routineSessions.enumerated() {
      guard Identifier.isValid(item.routineId) else {
        throw fail("routineSessions", i, "routineId is not an id")
      }
      guard let start = Timestamp.parse(item.start)?.date, let end = Timestamp.parse(item.end)?.date,
        end >= start
      else { throw fail("routineSessions", i, "start and end must be ISO 8601 times, end after start") }
      if start < EpisodeRules.earliestStart {
        throw fail("routineSessions", i, "start: \(item.start) is before the year 2000; check the year")
      }
      sessions.append(
        RoutineSession(
          routineId: item.routineId, startedAt: start, endedAt: end, completed: item.completed,
          stoppedAtStep: item.stoppedAtStep))
    }
    for (i, item) in backup.factors.enumerated() {
      guard let night = CivilDate(item.night), Identifier.isValid(item.factor) else {
        throw fail("factors", i, "night must be YYYY-MM-DD and factor an id")
      }
      if let problem = RecordDate.problem(night, field: "night", latest: tonight) {
        throw fail("factors", i, problem.description)
      }
      guard factorIds.contains(item.factor) else {
        throw fail(
          "factors", i,
          "factor: '\(item.factor)' is unknown; use \(factorIds.sorted().joined(separator: ", ")), "
            + "or add it to factors = [...] in config.toml first")
      }
      factors.append(FactorMark(night: night, factorId: item.factor))
    }
    for (i, item) in backup.questionnaires.enumerated() {
      guard let taken = Timestamp.parse(item.takenAt)?.date else {
        throw fail("questionnaires", i, "takenAt is not an ISO 8601 time")
      }
      if taken < EpisodeRules.earliestStart {
        throw fail("questionnaires", i, "takenAt: \(item.takenAt) is before the year 2000; check the year")
      }
      questionnaires.append(QuestionnaireResult(takenAt: taken, answers: item.answers, outcome: item.outcome))
    }
  }

  /// Number of records other than episodes.
  public var otherCount: Int {
    checklist.count + labs.count + sessions.count + factors.count + questionnaires.count + medicines.count
      + doses.count
  }
}
