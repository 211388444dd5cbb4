import Foundation
import QuietLegsCore

/// Reminders as a systemd user timer and service in `$XDG_CONFIG_HOME/systemd/user`, enabled by
/// a link in `timers.target.wants/` that QuietLegs makes itself, so it knows every file it wrote.
struct SystemdUserInstaller: ReminderInstaller {
  let host: ReminderHost
  /// False for listing and removing where no user manager answers: files only, no `systemctl`.
  let managerRuns: Bool

  private var folder: String { host.unitFolder }
  private var wantsFolder: String { folder + "/timers.target.wants" }
  private func timerPath(_ id: String) -> String { folder + "/" + SystemdReminderUnits.timerName(id) }
  private func servicePath(_ id: String) -> String { folder + "/" + SystemdReminderUnits.serviceName(id) }
  private func linkPath(_ id: String) -> String { wantsFolder + "/" + SystemdReminderUnits.timerName(id) }

  /// Our timers: file name and text.
  private func timers() -> [(id: String, text: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().compactMap { name in
      guard name.hasPrefix(SystemdReminderUnits.prefix), name.hasSuffix(".timer"),
        let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8),
        SystemdReminderUnits.isOurs(text)
      else { return nil }
      return (String(name.dropFirst(SystemdReminderUnits.prefix.count).dropLast(".timer".count)), text)
    }
  }

  func installed() -> [InstalledReminder] {
    timers().compactMap { timer in
      SystemdReminderUnits.reminder(fromTimer: timer.text).map {
        InstalledReminder(reminder: $0, place: "systemd user timer \(timerPath(timer.id))")
      }
    }
  }

  /// Folders missing now, outermost first, plus those other timers of ours recorded, so the
  /// last reminder removed takes them away.
  private func foldersToRecord() -> [String] {
    let missing = [host.configHome, host.configHome + "/systemd", folder, wantsFolder].filter {
      !FileManager.default.fileExists(atPath: $0)
    }
    var recorded = timers().flatMap { SystemdReminderUnits.madeFolders(fromTimer: $0.text) }
    for folder in missing where !recorded.contains(folder) { recorded.append(folder) }
    return recorded.sorted { $0.count < $1.count }
  }

  func plan(_ reminder: Reminder, command: [String]) -> [String] {
    let id = reminder.id
    return [
      "Would write \(timerPath(id)):",
      SystemdReminderUnits.timer(for: reminder, madeFolders: foldersToRecord()),
      "Would write \(servicePath(id)):", SystemdReminderUnits.service(for: reminder, command: command),
      "Would link \(linkPath(id)) -> ../\(SystemdReminderUnits.timerName(id))",
      "Would run: systemctl --user daemon-reload; systemctl --user restart \(SystemdReminderUnits.timerName(id))",
    ]
  }

  func install(_ reminder: Reminder, command: [String]) throws(CLIError) -> [String] {
    let id = reminder.id
    for path in [timerPath(id), servicePath(id)] {
      if let text = try? String(contentsOfFile: path, encoding: .utf8), !SystemdReminderUnits.isOurs(text) {
        throw CLIError("remind: \(path) exists and was not written by QuietLegs; it is left alone")
      }
    }
    let made = foldersToRecord()
    do {
      for path in made where !FileManager.default.fileExists(atPath: path) {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      }
      try write(SystemdReminderUnits.service(for: reminder, command: command), to: servicePath(id))
      try write(SystemdReminderUnits.timer(for: reminder, madeFolders: made), to: timerPath(id))
      if (try? FileManager.default.destinationOfSymbolicLink(atPath: linkPath(id))) == nil {
        try FileManager.default.createSymbolicLink(
          atPath: linkPath(id), withDestinationPath: "../" + SystemdReminderUnits.timerName(id))
      }
    } catch {
      throw CLIError("remind: could not write the timer in \(folder): \(error.localizedDescription)")
    }
    var lines = ["Installed a systemd user timer: \(timerPath(id)) (and its .service)."]
    let reload = host.run(["systemctl", "--user", "daemon-reload"])
    let start = host.run(["systemctl", "--user", "restart", SystemdReminderUnits.timerName(id)])
    if !reload.succeeded || !start.succeeded {
      lines.append(
        "The timer is written but systemd did not start it (\((reload.succeeded ? start : reload).describe(timeLimit: host.timeLimit))); it starts at your next login, or now with: systemctl --user start \(SystemdReminderUnits.timerName(id))"
      )
    }
    return lines
  }

  func remove(ids: [String]?) -> [String] {
    var removed: [String] = []
    var folders: [String] = []
    let chosen = timers().filter { ids == nil || ids!.contains($0.id) }
    for timer in chosen {
      let name = SystemdReminderUnits.timerName(timer.id)
      if managerRuns { _ = host.run(["systemctl", "--user", "stop", name]) }
      if (try? FileManager.default.destinationOfSymbolicLink(atPath: linkPath(timer.id))) == "../" + name {
        unlink(linkPath(timer.id))
      }
      if let service = try? String(contentsOfFile: servicePath(timer.id), encoding: .utf8),
        SystemdReminderUnits.isOurs(service)
      {
        unlink(servicePath(timer.id))
      }
      unlink(timerPath(timer.id))
      folders += SystemdReminderUnits.madeFolders(fromTimer: timer.text)
      removed.append("Removed reminder \(timer.id): \(timerPath(timer.id)) and its .service.")
    }
    guard !chosen.isEmpty else { return [] }
    if managerRuns { _ = host.run(["systemctl", "--user", "daemon-reload"]) }
    // Deepest first; a folder that holds anything else stays (rmdir refuses).
    for folder in Set(folders).sorted(by: { $0.count > $1.count }) { rmdir(folder) }
    return removed
  }

  private func write(_ text: String, to path: String) throws {
    let temp = path + ".tmp-\(getpid())"
    guard
      FileManager.default.createFile(
        atPath: temp, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
      rename(temp, path) == 0
    else {
      unlink(temp)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
  }
}
