/// The systemd user timer and service that carry a reminder, as text: pure functions, so every
/// field can be checked without systemd.
public enum SystemdReminderUnits {
  /// Names start with this, so `remind --list` and `--off` find only their own files.
  public static let prefix = "quietlegs-remind-"
  /// The first line of every file QuietLegs writes; a file without it is never touched.
  public static let marker = "# Written by quietlegs remind"

  public static func timerName(_ id: String) -> String { prefix + id + ".timer" }
  public static func serviceName(_ id: String) -> String { prefix + id + ".service" }

  /// `Mon,Tue *-*-* 22:30:00`, or `*-*-* 22:30:00` every day.
  public static func onCalendar(_ reminder: Reminder) -> String {
    let days = reminder.days.isEmpty ? "" : reminder.days.map(\.systemdName).joined(separator: ",") + " "
    return days + "*-*-* \(reminder.timeText):00"
  }

  /// The timer. `madeFolders` are the folders `remind` created for it (absolute paths, deepest
  /// last); `--off` removes them again when they are empty.
  public static func timer(for reminder: Reminder, madeFolders: [String] = []) -> String {
    var lines = [
      marker + "; remove with: quietlegs remind --off \(reminder.id)",
      "# quietlegs-reminder \(reminder.spec)",
    ]
    for folder in madeFolders { lines.append("# quietlegs-made-folder \(folder)") }
    lines += [
      "",
      "[Unit]",
      "Description=QuietLegs bedtime reminder at \(reminder.timeText) (\(reminder.daysText))",
      "",
      "[Timer]",
      "OnCalendar=\(onCalendar(reminder))",
      "Unit=\(serviceName(reminder.id))",
      "",
      "[Install]",
      "WantedBy=timers.target",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The one-shot service the timer starts: it runs `command` (the program's absolute path first).
  public static func service(for reminder: Reminder, command: [String]) -> String {
    [
      marker + "; remove with: quietlegs remind --off \(reminder.id)",
      "",
      "[Unit]",
      "Description=QuietLegs bedtime reminder at \(reminder.timeText)",
      "",
      "[Service]",
      "Type=oneshot",
      "ExecStart=\(execLine(command))",
    ].joined(separator: "\n") + "\n"
  }

  /// Words as systemd reads an `ExecStart=` line: `%` and `$` doubled so neither expands, and a
  /// word with spaces, quotes or backslashes in double quotes with `\` before `"` and `\`.
  public static func execLine(_ words: [String]) -> String {
    words.map { word in
      var text = word.replacingOccurrences(of: "%", with: "%%").replacingOccurrences(of: "$", with: "$$")
      let plain =
        !text.isEmpty
        && !text.contains { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" || $0 == "\\" || $0 == ";" }
      if !plain {
        text =
          "\""
          + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
          + "\""
      }
      return text
    }.joined(separator: " ")
  }

  /// True for text QuietLegs wrote (its first line is the marker).
  public static func isOurs(_ text: String) -> Bool { text.hasPrefix(marker) }

  /// The reminder a timer of ours carries; nil for any other file.
  public static func reminder(fromTimer text: String) -> Reminder? {
    guard isOurs(text) else { return nil }
    return commentValues(text, key: "# quietlegs-reminder ").first.flatMap(Reminder.init(spec:))
  }

  /// The folders `remind` made for a timer, deepest last.
  public static func madeFolders(fromTimer text: String) -> [String] {
    isOurs(text) ? commentValues(text, key: "# quietlegs-made-folder ") : []
  }

  private static func commentValues(_ text: String, key: String) -> [String] {
    text.split(separator: "\n").filter { $0.hasPrefix(key) }.map { String($0.dropFirst(key.count)) }
  }
}
