import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs backup`: a consistent copy of the journal, made while it may be in use.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup", abstract: "Copy the journal safely (SQLite online backup), even while it is open.")

  @Option(
    help: ArgumentHelp(
      "Where to write the copy (default: backups/ in the data folder; - is standard output).",
      valueName: "file"),
    completion: .file(extensions: ["sqlite3"]))
  var output: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try OutputFile.checkNotEmpty(output, option: "output")
    let context = CommandContext(global: global)
    let journal = try context.openJournal()
    if output == OutputFile.standardStream { return try toStandardOutput(journal, context: context) }
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

  /// `--output -`: the copy's bytes go to standard output (not to a terminal).
  private func toStandardOutput(_ journal: Journal, context: CommandContext) throws {
    if isatty(STDOUT_FILENO) == 1 {
      throw CLIError(
        "output: standard output is a terminal; send the copy to a file, e.g. quietlegs backup --output - > copy.sqlite3",
        status: .usage)
    }
    let copy = try cliCall { try journal.backupBytes(using: context.paths.backupsDirectory) }
    try StandardOutput.write(copy)
  }
}

/// `quietlegs restore FILE`: replaces the journal with a checked backup, keeping the current one.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Replace the journal with a backup, after checking it; the current journal is kept as a backup."
  )

  @Argument(
    help: ArgumentHelp("A backup made by `quietlegs backup`.", valueName: "file"),
    completion: .file(extensions: ["sqlite3"]))
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
