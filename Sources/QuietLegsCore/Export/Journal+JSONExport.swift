import Foundation
import GRDB

/// The JSON export of a journal (every record; `quietlegs export --format json`).
extension Journal {
  /// Everything in the journal as the JSON export document, read in one consistent snapshot.
  public func exportDocument(now: Date, nights: NightCalendar) throws(JournalError) -> JournalBackup {
    let offset = nights.utcOffset(at: now)
    var backup = JournalBackup(exportedAt: Timestamp.iso(now, offsetSeconds: offset), episodes: [])
    let all = CivilDate(year: 1, month: 1, day: 1)!
    let end = CivilDate(year: 9999, month: 12, day: 31)!
    backup.episodes = try allEpisodes().map(EpisodeJSON.init)
    backup.checklist = try checklist().values.sorted { $0.causeId < $1.causeId }.map {
      ChecklistJSON(causeId: $0.causeId, ticked: $0.ticked, tickedOn: $0.tickedOn?.description, note: $0.note)
    }
    backup.labs = try labs().map {
      LabJSON(
        uuid: $0.uuid, test: $0.test.rawValue, value: $0.value, unit: $0.unit, takenOn: $0.takenOn.description
      )
    }
    backup.routineSessions = try sessions(from: all, through: end).map { night, s in
      RoutineSessionJSON(
        routineId: s.routineId,
        start: Timestamp.iso(s.startedAt, offsetSeconds: nights.utcOffset(at: s.startedAt)),
        end: Timestamp.iso(s.endedAt, offsetSeconds: nights.utcOffset(at: s.endedAt)),
        night: night.description,
        completed: s.completed, stoppedAtStep: s.stoppedAtStep)
    }
    backup.factors = try factors(from: all, through: end).map {
      FactorJSON(night: $0.night.description, factor: $0.factorId)
    }
    backup.questionnaires = try questionnaires().map {
      QuestionnaireJSON(
        takenAt: Timestamp.iso($0.takenAt, offsetSeconds: nights.utcOffset(at: $0.takenAt)),
        answers: $0.answers, outcome: $0.outcome)
    }
    let doses = Dictionary(grouping: try allDoses(), by: \.medicineUUID)
    backup.medicines = try medicines().map { MedicineJSON($0, doses: doses[$0.uuid] ?? []) }
    return backup
  }
}
