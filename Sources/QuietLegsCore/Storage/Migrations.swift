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
    return migrator
  }
}
