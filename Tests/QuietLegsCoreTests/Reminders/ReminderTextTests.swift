import Foundation
import QuietLegsCore
import Testing

/// Reminders read from options, and the systemd units and crontab lines written for them, field by field.
@Suite struct ReminderTextTests {
  let program = [
    "/opt/quiet legs/bin/quietlegs", "--data-dir", "/home/ana/50%/data", "notify", "--reminder",
    "2230-bedtime-ritual",
  ]

  @Test func optionsAreReadAndCheckedOneByOne() throws {
    let reminder = try Reminder.parse(at: "22:30", routine: "bedtime-ritual", days: "fri,mon,Tuesday,mon")
    #expect(reminder.hour == 22 && reminder.minute == 30)
    #expect(reminder.days == [.mon, .tue, .fri])
    #expect(reminder.id == "2230-bedtime-ritual")
    #expect(try Reminder.parse(at: "7:05", routine: nil, days: nil).id == "0705")
    #expect(try Reminder.parse(at: "7:05", routine: nil, days: nil).daysText == "every day")
    for bad in ["24:00", "22:60", "2230", "22:3", "", "ab:cd", "-1:30", "22:30:00", "٢٢:٣٠"] {
      #expect(throws: FieldError.self) { try Reminder.parse(at: bad, routine: nil, days: nil) }
    }
    #expect(
      throws: FieldError(
        field: "days",
        message: "'funday' is not a day; use mon, tue, wed, thu, fri, sat, sun separated by commas")
    ) {
      try Reminder.parse(at: "22:30", routine: nil, days: "mon,funday")
    }
    #expect(throws: FieldError.self) { try Reminder.parse(at: "22:30", routine: "Not An Id", days: nil) }
  }

  @Test func specRoundTrips() throws {
    for reminder in [
      Reminder(hour: 22, minute: 30, days: [.mon, .sun], routineId: "bedtime-ritual"),
      Reminder(hour: 0, minute: 0), Reminder(hour: 23, minute: 59, days: Weekday.allCases),
    ] {
      #expect(Reminder(spec: reminder.spec) == reminder)
    }
    #expect(Reminder(spec: "something else") == nil)
  }

  @Test func timerFieldByField() throws {
    let reminder = Reminder(hour: 22, minute: 30, days: [.tue, .mon], routineId: "bedtime-ritual")
    let text = SystemdReminderUnits.timer(
      for: reminder, madeFolders: ["/h/.config/systemd", "/h/.config/systemd/user"])
    let fields = unitFields(text)
    #expect(fields["Timer.OnCalendar"] == "Mon,Tue *-*-* 22:30:00")
    #expect(fields["Timer.Unit"] == "quietlegs-remind-2230-bedtime-ritual.service")
    #expect(fields["Install.WantedBy"] == "timers.target")
    #expect(fields["Unit.Description"] == "QuietLegs bedtime reminder at 22:30 (mon,tue)")
    #expect(
      fields["Timer.Persistent"] == nil,
      "a reminder missed while the computer was off is not worth a late nudge")
    #expect(text.hasPrefix(SystemdReminderUnits.marker))
    #expect(SystemdReminderUnits.reminder(fromTimer: text) == reminder)
    #expect(
      SystemdReminderUnits.madeFolders(fromTimer: text) == ["/h/.config/systemd", "/h/.config/systemd/user"])
    #expect(SystemdReminderUnits.reminder(fromTimer: "[Timer]\nOnCalendar=daily\n") == nil)
    #expect(SystemdReminderUnits.onCalendar(Reminder(hour: 7, minute: 5)) == "*-*-* 07:05:00")
  }

  @Test func serviceRunsTheProgramWithoutExpandingAnything() {
    let reminder = Reminder(hour: 22, minute: 30, routineId: "bedtime-ritual")
    let fields = unitFields(SystemdReminderUnits.service(for: reminder, command: program))
    #expect(fields["Service.Type"] == "oneshot")
    #expect(
      fields["Service.ExecStart"]
        == "\"/opt/quiet legs/bin/quietlegs\" --data-dir /home/ana/50%%/data notify --reminder 2230-bedtime-ritual"
    )
    #expect(
      SystemdReminderUnits.execLine(["/bin/echo", "$HOME", "a\"b\\c", ""])
        == "/bin/echo $$HOME \"a\\\"b\\\\c\" \"\"")
  }

  @Test(
    .enabled(if: ChildProcess.find("systemd-analyze", path: "/usr/bin:/bin") != nil, "needs systemd-analyze"))
  func systemdAcceptsTheUnits() throws {
    let analyze = try #require(ChildProcess.find("systemd-analyze", path: "/usr/bin:/bin"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ql-units-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let reminder = Reminder(hour: 22, minute: 30, days: [.sat, .sun], routineId: "bedtime-ritual")
    let timer = folder.appendingPathComponent(SystemdReminderUnits.timerName(reminder.id))
    let service = folder.appendingPathComponent(SystemdReminderUnits.serviceName(reminder.id))
    try SystemdReminderUnits.timer(for: reminder).write(to: timer, atomically: true, encoding: .utf8)
    try SystemdReminderUnits.service(for: reminder, command: ["/bin/true", "notify", "a b", "50%"])
      .write(to: service, atomically: true, encoding: .utf8)
    let result = ChildProcess.run(
      [analyze, "verify", timer.path, service.path], environment: ["PATH": "/usr/bin:/bin"],
      timeLimit: .seconds(20))
    #expect(result.succeeded, "\(result.errorOutput)")
    #expect(!result.errorOutput.contains("quietlegs-remind"), "\(result.errorOutput)")
    let calendar = ChildProcess.run(
      [analyze, "calendar", SystemdReminderUnits.onCalendar(reminder)],
      environment: ["PATH": "/usr/bin:/bin"],
      timeLimit: .seconds(20))
    #expect(
      calendar.succeeded && calendar.output.contains("Normalized form: Sat,Sun *-*-* 22:30:00"),
      "\(calendar.output)")
    // The check can fail: a misspelt key is reported.
    try "[Service]\nTypo=oneshot\nExecStart=/bin/true\n".write(to: service, atomically: true, encoding: .utf8)
    let broken = ChildProcess.run(
      [analyze, "verify", service.path], environment: ["PATH": "/usr/bin:/bin"], timeLimit: .seconds(20))
    #expect(broken.errorOutput.contains("Unknown key"))
  }

  @Test func crontabLineFieldByField() throws {
    let reminder = Reminder(hour: 22, minute: 5, days: [.sun, .mon], routineId: "bedtime-ritual")
    let line = CrontabReminders.line(for: reminder, command: program)
    let fields = line.split(separator: " ", maxSplits: 5).map(String.init)
    #expect(fields[0] == "5")
    #expect(fields[1] == "22")
    #expect(fields[2] == "*" && fields[3] == "*")
    #expect(fields[4] == "1,0")
    #expect(
      fields[5].hasPrefix(
        "'/opt/quiet legs/bin/quietlegs' --data-dir '/home/ana/50\\%/data' notify --reminder 2230-bedtime-ritual >/dev/null 2>&1 # quietlegs-reminder id=2205-bedtime-ritual "
      ), "\(fields[5])")
    #expect(!line.contains("\n"))
    #expect(CrontabReminders.reminders(in: "MAILTO=x\n" + line + "\n") == [reminder])
    #expect(CrontabReminders.shellWord("it's") == "'it'\\''s'")
  }

  @Test func crontabEditsTouchOnlyOurLines() {
    let mine = "# my jobs\nMAILTO=\"\"\n0 3 * * * /usr/bin/backup # quietlegs-reminder is only a word here\n"
    let a = CrontabReminders.line(for: Reminder(hour: 22, minute: 30), command: ["/bin/ql", "notify"])
    let b = CrontabReminders.line(for: Reminder(hour: 21, minute: 0), command: ["/bin/ql", "notify"])
    let withA = CrontabReminders.adding(a, id: "2230", to: mine)
    #expect(withA == mine + a + "\n")
    let withBoth = CrontabReminders.adding(b, id: "2100", to: withA)
    #expect(
      CrontabReminders.adding(a, id: "2230", to: withBoth).components(separatedBy: a).count == 2,
      "replaced, not doubled")
    #expect(CrontabReminders.removing(ids: ["2230"], from: withBoth) == (mine + b + "\n", ["2230"]))
    #expect(CrontabReminders.removing(ids: nil, from: withBoth) == (mine, ["2230", "2100"]))
    #expect(
      CrontabReminders.removing(ids: nil, from: CrontabReminders.adding(a, id: "2230", to: "")).text == "")
    #expect(CrontabReminders.adding(a, id: "2230", to: "0 1 * * * x").hasPrefix("0 1 * * * x\n"))
  }

  /// `[Section] key=value` pairs of a unit file as `Section.key`.
  private func unitFields(_ text: String) -> [String: String] {
    var section = ""
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      if line.hasPrefix("[") {
        section = String(line.dropFirst().dropLast())
      } else if let equals = line.firstIndex(of: "=") {
        fields[section + "." + line[..<equals]] = String(line[line.index(after: equals)...])
      }
    }
    return fields
  }
}
