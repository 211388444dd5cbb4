import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs remind`: a bedtime nudge as a systemd user timer, or a crontab line where there is
/// no user systemd; listing and removing them.
struct RemindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remind", abstract: "A bedtime reminder: a systemd user timer, else a crontab line.",
    discussion: """
      Examples:
        quietlegs remind --at 22:30 --routine bedtime-ritual --days mon,tue,wed,thu,fri
        quietlegs remind --list
        quietlegs remind --off 2230-bedtime-ritual
      At the time, `quietlegs notify` shows a desktop notification, or keeps the reminder for the
      full screen when no notification can be shown (`--list` says which).
      """)

  @Option(help: ArgumentHelp("Time of day, HH:MM (24-hour).", valueName: "HH:MM"))
  var at: String?

  @Option(help: ArgumentHelp("The routine to suggest (see `quietlegs routines`).", valueName: "id"))
  var routine: String?

  @Option(
    help: ArgumentHelp(
      "Days, comma-separated: mon,tue,wed,thu,fri,sat,sun (default: every day).", valueName: "days"))
  var days: String?

  @Flag(help: "List the reminders and whether notifications can be shown here.")
  var list = false

  @Flag(help: "Remove the reminder with this id (all of QuietLegs' reminders without one).")
  var off = false

  @Argument(help: ArgumentHelp("With --off: the reminder's id (from --list).", valueName: "id"))
  var id: String?

  @Flag(name: .customLong("dry-run"), help: "Print what would be written and run; change nothing.")
  var dryRun = false

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    let modes = [at != nil, list, off].filter { $0 }.count
    if modes != 1 {
      throw ValidationError("Give one of --at HH:MM (add a reminder), --list or --off [ID].")
    }
    if at == nil, routine != nil || days != nil {
      throw ValidationError("--routine and --days go with --at.")
    }
    if id != nil, !off {
      throw ValidationError("An id goes with --off; to add a reminder use --at HH:MM.")
    }
  }

  func run() throws {
    let host = ReminderHost()
    if list { return try listReminders(host) }
    if off { return try removeReminders(host) }
    let reminder = try cliCall { try Reminder.parse(at: at ?? "", routine: routine, days: days) }
    if let routine {
      let library = RoutineLibrary.load(paths: global.paths)
      guard library.routine(id: routine) != nil else {
        throw CLIError(
          "routine: '\(routine)' is unknown; use one of \(library.routines.map(\.id).joined(separator: ", "))"
        )
      }
    }
    let systemd = host.hasUserSystemd
    let installer: any ReminderInstaller =
      systemd ? SystemdUserInstaller(host: host, managerRuns: true) : CrontabInstaller(host: host)
    if !systemd, host.find("crontab") == nil {
      throw CLIError(
        "remind: there is no systemd user manager (systemctl --user) and no crontab program here; nothing was written"
      )
    }
    let command = notifyCommand(for: reminder)
    if dryRun {
      print(
        "Dry run: nothing is written. With a \(systemd ? "systemd user manager" : "crontab and no systemd user manager") here:"
      )
      for line in installer.plan(reminder, command: command) { print(line) }
      return
    }
    for line in try installer.install(reminder, command: command) { print(line) }
    print(
      "Reminder \(reminder.id): \(shownTime(reminder)), \(reminder.daysText)\(reminder.routineId.map { ", suggests \($0)" } ?? ""). Remove it with: quietlegs remind --off \(reminder.id)"
    )
    if case .recordOnly(let reason) = host.notificationRoute {
      print(
        "Notifications cannot be shown here: \(reason). The reminder is kept and the full screen shows it when opened."
      )
    }
  }

  /// The reminder's time on the person's clock (`clock` in config.toml); timers keep `HH:MM`.
  private func shownTime(_ reminder: Reminder) -> String {
    Settings.loadKeepingValid(from: global.paths.configFile).settings.clock.text(
      hour: reminder.hour, minute: reminder.minute)
  }

  /// What the timer or crontab line runs: this program, with the data folder of this run.
  private func notifyCommand(for reminder: Reminder) -> [String] {
    [
      ReminderHost.programPath, "notify", "--data-dir", global.paths.dataDirectory.path, "--at",
      reminder.timeText,
    ]
      + (reminder.routineId.map { ["--routine", $0] } ?? [])
  }

  private func installers(_ host: ReminderHost) -> [any ReminderInstaller] {
    let systemd = SystemdUserInstaller(host: host, managerRuns: host.hasUserSystemd)
    return host.find("crontab") == nil ? [systemd] : [systemd, CrontabInstaller(host: host)]
  }

  private func listReminders(_ host: ReminderHost) throws {
    let found = try installers(host).flatMap { installer throws(CLIError) in try installer.installed() }
    if found.isEmpty {
      print(
        "No reminders. Add one with: quietlegs remind --at 22:30 [--routine bedtime-ritual] [--days mon,tue]")
    }
    for item in found {
      let reminder = item.reminder
      print(
        [
          reminder.id.padding(toLength: 22, withPad: " ", startingAt: 0), shownTime(reminder),
          reminder.daysText, reminder.routineId.map { "suggests \($0)" } ?? "no routine", item.place,
        ].joined(separator: "  "))
    }
    switch host.notificationRoute {
    case .desktop: print("Notifications: shown on the desktop through notify-send.")
    case .recordOnly(let reason):
      print(
        "Notifications cannot be shown here: \(reason). A reminder is kept instead, and the full screen shows it when opened (within 12 hours)."
      )
    }
  }

  private func removeReminders(_ host: ReminderHost) throws {
    let ids = id.map { [$0] }
    var removed: [String] = []
    for installer in installers(host) {
      if dryRun {
        removed += try installer.installed().filter { ids == nil || ids!.contains($0.reminder.id) }.map {
          "Would remove reminder \($0.reminder.id) (\($0.place))."
        }
      } else {
        removed += try installer.remove(ids: ids)
      }
    }
    if removed.isEmpty {
      let known = try installers(host).flatMap { installer throws(CLIError) in try installer.installed() }
        .map(\.reminder.id)
      if let id {
        throw CLIError(
          "remind: no reminder '\(id)'"
            + (known.isEmpty ? "; there are none" : "; there are: \(known.joined(separator: ", "))"))
      }
      print("No reminders to remove.")
    }
    for line in removed { print(line) }
  }
}
