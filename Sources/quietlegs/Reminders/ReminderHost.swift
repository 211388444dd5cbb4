import Foundation
import QuietLegsCore

/// The outside world reminders touch, read from the environment once: the home and config
/// folders, and programs (`systemctl`, `crontab`) run from `PATH` with a time limit. Tests point
/// it at a temporary home and a `PATH` of stand-in programs.
struct ReminderHost {
  let environment: [String: String]
  let home: String
  /// `$XDG_CONFIG_HOME`, else `~/.config`.
  let configHome: String
  /// How long a program run here may take (the full screen asks the crontab with a shorter one).
  let timeLimit: Duration

  init(
    environment: [String: String] = ProcessInfo.processInfo.environment, timeLimit: Duration = .seconds(15)
  ) {
    self.environment = environment
    self.timeLimit = timeLimit
    home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.config"
  }

  /// The folder of systemd user units.
  var unitFolder: String { configHome + "/systemd/user" }

  /// The program on `PATH`, if there.
  func find(_ program: String) -> String? {
    ChildProcess.find(program, path: environment["PATH"] ?? "/usr/bin:/bin")
  }

  /// Runs a program with the environment, at most `timeLimit`.
  func run(_ words: [String], input: String? = nil) -> CommandResult {
    ChildProcess.run(
      words, environment: environment, input: input.map { Data($0.utf8) }, timeLimit: timeLimit)
  }

  /// True when a systemd user manager answers (`systemctl --user show-environment`).
  var hasUserSystemd: Bool {
    find("systemctl") != nil && run(["systemctl", "--user", "show-environment"]).succeeded
  }

  /// Where a notification would go from here.
  var notificationRoute: NotificationRoute {
    NotificationRoute.decide(
      environment: environment, userID: getuid(), exists: { FileManager.default.fileExists(atPath: $0) },
      findProgram: find)
  }

  /// Every reminder installed, from the unit folder and the crontab; nothing when they cannot be read.
  func installedReminders() -> [Reminder] {
    let units = SystemdUserInstaller(host: self, managerRuns: false).installed()
    // `remind` writes to one place only: with units found, the crontab is not asked (a process).
    let cron =
      !units.isEmpty || find("crontab") == nil ? [] : (try? CrontabInstaller(host: self).installed()) ?? []
    return (units + cron).map(\.reminder)
  }

  /// This program's absolute path, for the unit or crontab line to run.
  static var programPath: String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
  }
}

/// A reminder found installed, and where it is.
struct InstalledReminder {
  var reminder: Reminder
  /// `systemd user timer ~/.config/systemd/user/quietlegs-remind-2230.timer` or `crontab line`.
  var place: String
}

/// One way of carrying reminders (systemd user units, or the crontab): what is there, what
/// would be written, writing it, and removing exactly what was written.
protocol ReminderInstaller {
  /// The reminders of ours this place holds.
  func installed() throws(CLIError) -> [InstalledReminder]
  /// What `install` would write and run, for `--dry-run`.
  func plan(_ reminder: Reminder, command: [String]) -> [String]
  /// Writes the reminder (replacing one with the same id); returns lines saying what was done.
  func install(_ reminder: Reminder, command: [String]) throws(CLIError) -> [String]
  /// Removes the reminders with these ids (all of ours when nil); returns what was removed.
  func remove(ids: [String]?) throws(CLIError) -> [String]
}
