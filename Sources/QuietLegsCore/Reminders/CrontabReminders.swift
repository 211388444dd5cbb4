/// The crontab line that carries a reminder where there is no systemd user manager, and the
/// edits of a whole crontab that add or remove only such lines: pure functions over text.
public enum CrontabReminders {
  /// Every line QuietLegs adds ends with this comment, then the reminder's spec.
  public static let marker = "# quietlegs-reminder"

  /// `30 22 * * 1,2 '/usr/bin/quietlegs' notify ... >/dev/null 2>&1 # quietlegs-reminder id=2230 at=22:30 ...`.
  /// Output is thrown away so cron never mails anyone at night.
  public static func line(for reminder: Reminder, command: [String]) -> String {
    let days =
      reminder.days.isEmpty ? "*" : reminder.days.map { String($0.cronNumber) }.joined(separator: ",")
    let words = command.map(shellWord).joined(separator: " ")
    return
      "\(reminder.minute) \(reminder.hour) * * \(days) \(words) >/dev/null 2>&1 \(marker) id=\(reminder.id) \(reminder.spec)"
  }

  /// A word as `sh` reads it: plain when it is only safe characters, else in single quotes.
  /// `%` is escaped as cron requires (cron turns a bare `%` into a line break).
  public static func shellWord(_ word: String) -> String {
    let safe =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || "/._-=:,+@".unicodeScalars.contains($0)
      }
    let quoted = safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    return quoted.replacingOccurrences(of: "%", with: "\\%")
  }

  /// The id of a line of ours; nil for every other line.
  public static func id(ofLine line: Substring) -> String? {
    guard let range = line.range(of: " " + marker + " id=") else { return nil }
    return line[range.upperBound...].split(separator: " ").first.map(String.init)
  }

  /// The reminders in a crontab.
  public static func reminders(in crontab: String) -> [Reminder] {
    crontab.split(separator: "\n").compactMap { line in
      guard id(ofLine: line) != nil, let range = line.range(of: " " + marker + " ") else { return nil }
      return Reminder(spec: String(line[range.upperBound...]))
    }
  }

  /// `crontab` with `line` added, replacing a line of ours with the same id; every other line is kept.
  public static func adding(_ line: String, id: String, to crontab: String) -> String {
    var lines = removing(ids: [id], from: crontab).text
    if !lines.isEmpty, !lines.hasSuffix("\n") { lines += "\n" }
    return lines + line + "\n"
  }

  /// `crontab` without our lines for `ids` (all of ours when nil), and the ids removed.
  public static func removing(ids: [String]?, from crontab: String) -> (text: String, removed: [String]) {
    var kept: [Substring] = []
    var removed: [String] = []
    for line in crontab.split(separator: "\n", omittingEmptySubsequences: false) {
      if let id = id(ofLine: line), ids == nil || ids!.contains(id) {
        removed.append(id)
      } else {
        kept.append(line)
      }
    }
    return (kept.joined(separator: "\n"), removed)
  }
}
