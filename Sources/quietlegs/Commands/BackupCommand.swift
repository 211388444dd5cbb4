import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs backup`: a consistent copy of the journal, made while it may be in use.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup", abstract: "Copy the journal safely (SQLite online backup), even while it is open.")

  @Option(
    help: ArgumentHelp("Where to write the copy (default: backups/ in the data folder).", valueName: "file"))
  var output: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let target =
      output.map { URL(fileURLWithPath: $0) }
      ?? BackupNames.freshFile(
        in: context.paths.backupsDirectory, stamp: BackupNames.stamp(context.now, nights: context.nights))
    try cliCall {
      if output == nil {
        _ = try journal.dailyCopy(
          in: context.paths.backupsDirectory, today: context.nights.localDate(of: context.now))
      }
      try journal.backup(to: target)
    }
    print("Backed up the journal to \(target.path)")
  }
}

/// `quietlegs restore FILE`: replaces the journal with a checked backup, keeping the current one.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Replace the journal with a backup, after checking it; the current journal is kept as a backup."
  )

  @Argument(help: ArgumentHelp("A backup made by `quietlegs backup`.", valueName: "file"))
  var file: String

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    let safety = context.paths.backupsDirectory
      .appendingPathComponent(
        "before-restore-\(BackupNames.stamp(context.now, nights: context.nights)).sqlite3")
    try cliCall {
      try journal.restore(from: URL(fileURLWithPath: file), safetyCopy: safety)
    }
    let count = try cliCall { try journal.episodeCount() }
    print("Restored \(count) episodes from \(file). The previous journal was saved to \(safety.path)")
  }
}

/// File names for backups.
enum BackupNames {
  static func stamp(_ date: Date, nights: NightCalendar) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = nights.timeZone
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }

  /// `journal-STAMP.sqlite3` in `folder`, or with `-2`, `-3`... when a backup of the same second
  /// is already there (a backup never replaces another).
  static func freshFile(in folder: URL, stamp: String) -> URL {
    var candidate = folder.appendingPathComponent("journal-\(stamp).sqlite3")
    var counter = 2
    while FileManager.default.fileExists(atPath: candidate.path) {
      candidate = folder.appendingPathComponent("journal-\(stamp)-\(counter).sqlite3")
      counter += 1
    }
    return candidate
  }
}
