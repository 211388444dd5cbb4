import GRDB

/// The journal's schema, as an ordered list of versioned migrations.
enum Migrations {
  /// `PRAGMA application_id` of every QuietLegs journal ("QLEG").
  static let applicationID: Int32 = 0x514C_4547

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-episodes") { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.create(table: "episode") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("uuid", .text).notNull().unique()
        t.column("kind", .text).notNull()
        t.column("startEpoch", .integer).notNull()
        t.column("utcOffset", .integer).notNull()
        t.column("night", .text).notNull()
        t.column("severity", .integer).notNull()
        t.column("side", .text)
        t.column("site", .text)
        t.column("durationSeconds", .integer)
        t.column("woke", .boolean).notNull().defaults(to: false)
        t.column("helped", .text).notNull().defaults(to: "")
        t.column("note", .text).notNull().defaults(to: "")
      }
      try db.create(index: "episode_by_night", on: "episode", columns: ["night", "startEpoch"])
      try db.create(index: "episode_by_start", on: "episode", columns: ["startEpoch"])
    }
    migrator.registerMigration("v2-checklist-labs-routines-factors") { db in
      try db.create(table: "checklistEntry") { t in
        t.primaryKey("causeId", .text)
        t.column("ticked", .boolean).notNull()
        t.column("tickedOn", .text)
        t.column("note", .text).notNull().defaults(to: "")
      }
      try db.create(table: "labResult") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("uuid", .text).notNull().unique()
        t.column("test", .text).notNull()
        t.column("value", .double).notNull()
        t.column("unit", .text).notNull()
        t.column("takenOn", .text).notNull()
      }
      try db.create(table: "questionnaire") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("takenEpoch", .integer).notNull().unique()
        t.column("answers", .text).notNull()
        t.column("outcome", .text).notNull()
      }
      try db.create(table: "routineSession") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("routineId", .text).notNull()
        t.column("startEpoch", .integer).notNull()
        t.column("endEpoch", .integer).notNull()
        t.column("night", .text).notNull()
        t.column("completed", .boolean).notNull()
        t.column("stoppedAtStep", .integer)
        t.uniqueKey(["routineId", "startEpoch"])
      }
      try db.create(index: "routineSession_by_night", on: "routineSession", columns: ["night"])
      try db.create(table: "factorMark") { t in
        t.column("night", .text).notNull()
        t.column("factorId", .text).notNull()
        t.primaryKey(["night", "factorId"])
      }
    }
    migrator.registerMigration("v3-routine-steps-done") { db in
      // How many steps a run did in full, out of how many: a run that skipped steps is kept,
      // but not counted as a done routine. Runs saved before stay as they were (NULL: unknown).
      try db.alter(table: "routineSession") { t in
        t.add(column: "stepsDone", .integer)
        t.add(column: "stepCount", .integer)
      }
    }
    migrator.registerMigration("v4-medicines") { db in
      // The person's own medicines and supplements, and the logged doses of as-needed ones.
      try db.create(table: "medicine") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("uuid", .text).notNull().unique()
        t.column("name", .text).notNull()
        t.column("dose", .text).notNull().defaults(to: "")
        t.column("asNeeded", .boolean).notNull()
        t.column("usualTime", .text)
        t.column("since", .text).notNull()
        t.column("until", .text)
        t.column("note", .text).notNull().defaults(to: "")
      }
      try db.create(table: "medicineDose") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("uuid", .text).notNull().unique()
        t.column("medicineUUID", .text).notNull().references("medicine", column: "uuid", onDelete: .cascade)
        t.column("takenEpoch", .integer).notNull()
        t.column("utcOffset", .integer).notNull()
        t.column("night", .text).notNull()
      }
      try db.create(index: "medicineDose_by_night", on: "medicineDose", columns: ["night", "takenEpoch"])
    }
    return migrator
  }
}
