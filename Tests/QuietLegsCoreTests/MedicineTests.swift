import Foundation
import GRDB
import Testing

@testable import QuietLegsCore

@Suite("Medicines: rules, drug groups and the backup")
struct MedicineTests {
  let now = instant("2026-11-28 22:30")
  let today = day("2026-11-28")

  @Test("validation is as strict as for episodes, naming the field and what is allowed")
  func validation() {
    func problem(_ m: Medicine) -> String? { MedicineRules.validate(m, today: today)?.description }
    #expect(problem(Medicine(name: "iron", since: today)) == nil)
    #expect(problem(Medicine(name: "  ", since: today))?.hasPrefix("name: is empty") == true)
    #expect(
      problem(Medicine(name: "iron", since: day("1999-12-31")))?.contains("before the year 2000") == true)
    #expect(problem(Medicine(name: "iron", since: day("2026-11-29")))?.contains("is in the future") == true)
    #expect(
      problem(Medicine(name: "iron", since: today, until: day("2026-11-01")))?.hasPrefix(
        "on: 2026-11-01 is before")
        == true)
    #expect(problem(Medicine(name: "x", asNeeded: true, usualTime: ClockTime("21:00"), since: today)) != nil)
    #expect(problem(Medicine(name: String(repeating: "a", count: 81), since: today)) != nil)
    #expect(problem(Medicine(name: "a\u{1B}[2J", since: today))?.contains("control character") == true)
    #expect(
      ClockTime("24:00") == nil && ClockTime("9:5") == nil && ClockTime("07:30")?.description == "07:30")
  }

  @Test("a dose is logged only for an as-needed medicine, within its dates, not in the future")
  func doses() throws {
    let t = try TempJournal()
    let regular = try t.journal.addMedicine(
      Medicine(name: "ropinirole", since: day("2026-11-01")), today: today)
    let asNeeded = try t.journal.addMedicine(
      Medicine(name: "paracetamol", asNeeded: true, since: day("2026-11-20")), today: today)
    #expect(throws: JournalError.self) {
      try t.journal.logDose(medicineId: regular.id!, at: now, nights: t.nights, now: now)
    }
    #expect(throws: JournalError.self) {
      try t.journal.logDose(
        medicineId: asNeeded.id!, at: now.addingTimeInterval(3600), nights: t.nights, now: now)
    }
    #expect(throws: JournalError.self) {
      try t.journal.logDose(
        medicineId: asNeeded.id!, at: instant("2026-11-19 23:00"), nights: t.nights, now: now)
    }
    let dose = try t.journal.logDose(
      medicineId: asNeeded.id!, at: instant("2026-11-28 01:30"), nights: t.nights, now: now)
    #expect(dose.night == day("2026-11-27"))
    #expect(
      try t.journal.doses(from: day("2026-11-27"), through: day("2026-11-27")).map(\.uuid) == [dose.uuid])
    try t.journal.deleteMedicine(id: asNeeded.id!)
    #expect(try t.journal.allDoses().isEmpty)
  }

  @Test("drug names map to their groups; the longest name wins; other names match nothing")
  func drugGroups() {
    #expect(DrugGroups.group(ofMedicineNamed: "Sertraline 50mg")?.group.id == "ssri")
    #expect(DrugGroups.group(ofMedicineNamed: "Gabapentin enacarbil")?.drug == "gabapentin enacarbil")
    #expect(DrugGroups.group(ofMedicineNamed: "rotigotine patch")?.group.canAugment == true)
    #expect(DrugGroups.group(ofMedicineNamed: "Ferrous sulfate")?.group.isIron == true)
    #expect(DrugGroups.group(ofMedicineNamed: "paracetamol") == nil)
    #expect(DrugGroups.group(ofMedicineNamed: "pramipexolex") == nil)
    #expect(DrugGroups.completions(of: "pr").starts(with: ["pramipexole", "pregabalin"]))
    for name in [
      "pramipexole", "ropinirole", "rotigotine", "gabapentin", "gabapentin enacarbil", "pregabalin",
      "oral iron", "IV iron", "magnesium", "quinine",
    ] {
      #expect(DrugGroups.commonNames.contains(name))
    }
  }

  @Test("a matched medicine names its group, what the catalogue says, its sources and the prescriber")
  func groupLine() {
    let line = MedicineText.groupLine(Medicine(name: "sertraline", since: today))
    #expect(
      line
        == "You take sertraline, an SSRI: SSRIs can bring on or worsen restless legs "
        + "(AASM 2024; NHS: Restless legs syndrome): talk to your prescriber.")
    let statin = MedicineText.groupLine(Medicine(name: "Atorvastatin", since: today, until: today))
    #expect(
      statin?.hasPrefix("You took atorvastatin, a statin: statins are linked to leg cramps (AAFP 2012")
        == true)
    #expect(MedicineText.groupLine(Medicine(name: "oral iron", since: today)) == nil)
    #expect(MedicineRules.prescriberNote == "Change or stop a medicine only with your prescriber.")
  }

  @Test("medicines and doses go into the JSON backup and come back once: a second import adds nothing")
  func backupRoundTrip() throws {
    let t = try TempJournal()
    let m = try t.journal.addMedicine(
      Medicine(name: "paracetamol", dose: "1 g", asNeeded: true, since: day("2026-11-01"), note: "for pain"),
      today: today)
    try t.journal.addMedicine(
      Medicine(
        name: "pramipexole", usualTime: ClockTime("20:00"), since: day("2026-06-01"), until: day("2026-11-20")
      ),
      today: today)
    try t.journal.logDose(medicineId: m.id!, at: instant("2026-11-27 23:15"), nights: t.nights, now: now)
    let data = try t.journal.exportDocument(now: now, nights: t.nights).encoded()
    let other = try TempJournal()
    let bundle = try JournalImporter.bundle(from: data, format: .json, nights: other.nights, now: now)
    #expect(bundle.medicines.count == 2 && bundle.doses.count == 1)
    #expect(try other.journal.importBundle(bundle, nights: other.nights).otherAdded == 3)
    #expect(try other.journal.importBundle(bundle, nights: other.nights).otherAdded == 0)
    let strip = { (list: [Medicine]) in
      list.map {
        var c = $0
        c.id = nil
        return c
      }
    }
    #expect(strip(try other.journal.medicines()) == strip(try t.journal.medicines()))
    #expect(try other.journal.allDoses().map(\.uuid) == (try t.journal.allDoses()).map(\.uuid))
  }

  @Test("a backup's medicine with a bad field is refused, naming the record and the field")
  func importRefusesBadMedicines() throws {
    let t = try TempJournal()
    func refuse(_ medicine: String) -> String {
      let text = #"{"format":"quietlegs-journal","episodes":[],"medicines":[\#(medicine)]}"#
      do {
        _ = try JournalImporter.bundle(from: Data(text.utf8), format: .json, nights: t.nights, now: now)
        return "accepted"
      } catch { return error.description }
    }
    let uuid = "0b7f8c1e-2d7a-4c1b-9f7e-111111111111"
    #expect(
      refuse(#"{"uuid":"\#(uuid)","name":"x","schedule":"daily","since":"2026-01-01"}"#).contains(
        "schedule 'daily'"))
    #expect(
      refuse(#"{"uuid":"\#(uuid)","name":"x","schedule":"regular","since":"1990-01-01"}"#).contains(
        "before the year 2000"))
    #expect(
      refuse(#"{"uuid":"nope","name":"x","schedule":"regular","since":"2026-01-01"}"#).contains("not a uuid"))
    #expect(
      refuse(
        #"{"uuid":"\#(uuid)","name":"x","schedule":"as-needed","since":"2026-01-01","doses":[{"uuid":"\#(uuid)","takenAt":"2027-01-01T01:00:00+01:00"}]}"#
      ).contains("in the future"))
    #expect(
      refuse(#"{"uuid":"\#(uuid)","name":"x","schedule":"regular","since":"2026-01-01"}"#) == "accepted")
  }

  @Test("arm and trunk are sites an episode can have (spread of restless legs)")
  func siteArmAndTrunk() throws {
    #expect(Site(rawValue: "arm") != nil && Site(rawValue: "trunk") != nil)
  }
}

@Suite("Medicines migration")
struct MedicinesMigrationTests {
  @Test("a journal from before medicines (v3) migrates: episodes kept, medicines empty, a copy kept")
  func migratesAV3Journal() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ql-v3-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("journal.sqlite3")
    let queue = try DatabaseQueue(path: file.path)
    try Migrations.migrator.migrate(queue, upTo: "v3-routine-steps-done")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO episode (uuid, kind, startEpoch, utcOffset, night, severity)
          VALUES ('0b7f8c1e-2d7a-4c1b-9f7e-000000000001', 'rls', 1763841600, 3600, '2025-11-22', 6)
          """)
    }
    try queue.close()
    let journal = try Journal(file: file, clock: .fixed(instant("2026-11-23 09:00")))
    #expect(try journal.allEpisodes().count == 1)
    #expect(try journal.medicines().isEmpty)
    try journal.addMedicine(Medicine(name: "pramipexole", since: day("2026-01-01")), today: day("2026-11-23"))
    #expect(try journal.medicines().count == 1)
    let copies = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("backups").path)
    #expect(copies.contains { $0.hasPrefix("daily-") })
  }
}
