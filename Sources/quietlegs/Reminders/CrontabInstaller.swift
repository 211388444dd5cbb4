import Foundation
import QuietLegsCore

/// Reminders as one marked line each in the user's crontab (`crontab -l`, `crontab -`), for
/// machines without a systemd user manager. Every other line is kept as it was.
struct CrontabInstaller: ReminderInstaller {
  let host: ReminderHost

  /// The crontab now; empty when the user has none.
  private func current() throws(CLIError) -> String {
    let result = host.run(["crontab", "-l"])
    if result.succeeded { return result.output }
    if case .exited = result.ending, result.errorOutput.lowercased().contains("no crontab") { return "" }
    throw CLIError(
      "remind: could not read your crontab (\(result.describe(timeLimit: host.timeLimit))): \(result.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines))"
    )
  }

  private func replace(with text: String) throws(CLIError) {
    let result =
      text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      ? host.run(["crontab", "-r"]) : host.run(["crontab", "-"], input: text)
    guard result.succeeded else {
      throw CLIError(
        "remind: could not write your crontab (\(result.describe(timeLimit: host.timeLimit))): \(result.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)); it is unchanged"
      )
    }
  }

  func installed() throws(CLIError) -> [InstalledReminder] {
    CrontabReminders.reminders(in: try current()).map {
      InstalledReminder(reminder: $0, place: "crontab line")
    }
  }

  func plan(_ reminder: Reminder, command: [String]) -> [String] {
    [
      "Would add this line to your crontab (crontab -l shows it):",
      CrontabReminders.line(for: reminder, command: command),
    ]
  }

  func install(_ reminder: Reminder, command: [String]) throws(CLIError) -> [String] {
    let line = CrontabReminders.line(for: reminder, command: command)
    try replace(with: CrontabReminders.adding(line, id: reminder.id, to: try current()))
    return [
      "Added one line to your crontab (no systemd user manager here), marked '\(CrontabReminders.marker) id=\(reminder.id)'."
    ]
  }

  func remove(ids: [String]?) throws(CLIError) -> [String] {
    let (text, removed) = CrontabReminders.removing(ids: ids, from: try current())
    guard !removed.isEmpty else { return [] }
    try replace(with: text)
    return removed.map { "Removed reminder \($0): its crontab line." }
  }
}
