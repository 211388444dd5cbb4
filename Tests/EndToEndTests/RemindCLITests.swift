import Foundation
import Testing

/// `remind` and `notify` with the real binary in a temporary home; `systemctl`, `crontab` and
/// `notify-send` are small scripts first on `PATH` (the real process boundary), which log their
/// calls and keep the crontab in a file.
@Suite("Reminders on the command line")
struct RemindCLITests {
  /// A process with stand-in programs; `systemd` says whether `systemctl --user` answers.
  struct Setup {
    var q: QuietLegsProcess
    var bin: URL { q.home.appendingPathComponent("fakebin") }
    var log: URL { q.home.appendingPathComponent("calls.log") }
    var crontabFile: URL { q.home.appendingPathComponent("crontab-store") }
    var unitFolder: URL { q.home.appendingPathComponent("config/systemd/user") }

    init(systemd: Bool) throws {
      q = try QuietLegsProcess()
      try FileManager.default.createDirectory(
        at: q.home.appendingPathComponent("fakebin"), withIntermediateDirectories: true)
      try FileManager.default.createDirectory(
        at: q.home.appendingPathComponent("runtime"), withIntermediateDirectories: true)
      q.environment["PATH"] = bin.path + ":/usr/bin:/bin"
      q.environment["XDG_RUNTIME_DIR"] = q.home.appendingPathComponent("runtime").path
      try script("systemctl", "echo \"systemctl $*\" >> '\(log.path)'\nexit \(systemd ? 0 : 1)")
      try script(
        "crontab",
        """
        echo "crontab $*" >> '\(log.path)'
        case "$1" in
          -l) [ -f '\(crontabFile.path)' ] && exec cat '\(crontabFile.path)'; echo "no crontab for tester" >&2; exit 1;;
          -r) rm -f '\(crontabFile.path)';;
          -) cat > '\(crontabFile.path)';;
        esac
        """)
    }

    func script(_ name: String, _ body: String) throws {
      let url = bin.appendingPathComponent(name)
      try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// Every path under the home with its type, size and link target, except the stand-ins' own files.
    func tree() -> [String] {
      let manager = FileManager.default
      let paths = manager.enumerator(atPath: q.home.path)?.allObjects as? [String] ?? []
      return paths.filter { !$0.hasPrefix("fakebin") && $0 != "calls.log" }.sorted().map { path in
        let full = q.home.appendingPathComponent(path).path
        let link = try? manager.destinationOfSymbolicLink(atPath: full)
        let size = (try? manager.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
        return "\(path) \(link ?? "") \(size)"
      }
    }

    func calls() -> [String] {
      ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func read(_ name: String) throws -> String {
      try String(contentsOf: unitFolder.appendingPathComponent(name), encoding: .utf8)
    }
  }

  @Test func systemdTimerAndServiceAreWrittenListedAndRemovedLeavingTheHomeAsItWas() throws {
    let s = try Setup(systemd: true)
    defer { s.q.cleanUp() }
    let before = s.tree()
    let added = try s.q.run([
      "remind", "--at", "22:30", "--routine", "bedtime-ritual", "--days", "mon,tue,wed",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Installed a systemd user timer"))
    #expect(added.stdout.contains("Notifications cannot be shown here: there is no desktop session bus"))
    let timer = try s.read("quietlegs-remind-2230-bedtime-ritual.timer")
    #expect(timer.contains("\nOnCalendar=Mon,Tue,Wed *-*-* 22:30:00\n"))
    #expect(timer.contains("\nUnit=quietlegs-remind-2230-bedtime-ritual.service\n"))
    #expect(timer.contains("\nWantedBy=timers.target\n"))
    let service = try s.read("quietlegs-remind-2230-bedtime-ritual.service")
    #expect(
      service.contains(
        "\nExecStart=\(QuietLegsProcess.binary.resolvingSymlinksInPath().path) notify --data-dir \(s.q.dataFolder.path) --at 22:30 --routine bedtime-ritual\n"
      ), "\(service)")
    #expect(service.contains("\nType=oneshot\n"))
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: s.unitFolder.appendingPathComponent(
        "timers.target.wants/quietlegs-remind-2230-bedtime-ritual.timer"
      ).path)
    #expect(link == "../quietlegs-remind-2230-bedtime-ritual.timer")
    #expect(
      s.calls() == [
        "systemctl --user show-environment", "systemctl --user daemon-reload",
        "systemctl --user restart quietlegs-remind-2230-bedtime-ritual.timer",
      ])
    #expect(try s.q.run(["remind", "--at", "07:15"]).status == 0)
    // Someone else's unit in the same folder stays untouched.
    let other = s.unitFolder.appendingPathComponent("backup.timer")
    try "[Timer]\nOnCalendar=daily\n".write(to: other, atomically: true, encoding: .utf8)

    let list = try s.q.run(["remind", "--list"])
    #expect(list.stdout.contains("2230-bedtime-ritual"))
    #expect(list.stdout.contains("22:30  mon,tue,wed  suggests bedtime-ritual  systemd user timer"))
    #expect(list.stdout.contains("0715"))
    #expect(list.stdout.contains("Notifications cannot be shown here"))

    let unknown = try s.q.run(["remind", "--off", "2231"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no reminder '2231'; there are: 0715, 2230-bedtime-ritual"))
    #expect(try s.q.run(["remind", "--off", "0715"]).stdout.contains("Removed reminder 0715"))
    #expect(!s.tree().contains { $0.contains("0715") })
    #expect(FileManager.default.fileExists(atPath: other.path))
    try FileManager.default.removeItem(at: other)
    #expect(try s.q.run(["remind", "--off"]).stdout.contains("Removed reminder 2230-bedtime-ritual"))
    #expect(s.tree() == before)
    #expect(s.calls().contains("systemctl --user stop quietlegs-remind-2230-bedtime-ritual.timer"))
  }

  @Test func aFileNotWrittenByQuietLegsIsNeverReplaced() throws {
    let s = try Setup(systemd: true)
    defer { s.q.cleanUp() }
    try FileManager.default.createDirectory(at: s.unitFolder, withIntermediateDirectories: true)
    let foreign = s.unitFolder.appendingPathComponent("quietlegs-remind-2230.timer")
    try "[Timer]\nOnCalendar=daily\n".write(to: foreign, atomically: true, encoding: .utf8)
    let result = try s.q.run(["remind", "--at", "22:30"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("was not written by QuietLegs; it is left alone"))
    #expect(try String(contentsOf: foreign, encoding: .utf8) == "[Timer]\nOnCalendar=daily\n")
    #expect(try s.q.run(["remind", "--off"]).stdout.contains("No reminders to remove"))
    #expect(FileManager.default.fileExists(atPath: foreign.path))
  }

  @Test func withoutUserSystemdOneMarkedCrontabLineIsAddedAndRemoved() throws {
    let s = try Setup(systemd: false)
    defer { s.q.cleanUp() }
    let theirs = "# my jobs\nMAILTO=\"\"\n0 3 * * * /usr/local/bin/backup --quiet\n"
    try theirs.write(to: s.crontabFile, atomically: true, encoding: .utf8)
    let added = try s.q.run(["remind", "--at", "21:45", "--days", "sat,sun"])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Added one line to your crontab (no systemd user manager here)"))
    let crontab = try String(contentsOf: s.crontabFile, encoding: .utf8)
    #expect(crontab.hasPrefix(theirs))
    let line = crontab.dropFirst(theirs.count)
    let fields = line.split(separator: " ", maxSplits: 5)
    #expect(
      fields[0] == "45" && fields[1] == "21" && fields[2] == "*" && fields[3] == "*" && fields[4] == "6,0")
    #expect(
      fields[5].hasPrefix(
        "\(QuietLegsProcess.binary.resolvingSymlinksInPath().path) notify --data-dir \(s.q.dataFolder.path) --at 21:45 >/dev/null 2>&1 # quietlegs-reminder id=2145 "
      ), "\(line)")
    #expect(line.hasSuffix("\n") && line.dropLast().split(separator: "\n").count == 1, "one line")
    #expect(!FileManager.default.fileExists(atPath: s.unitFolder.path))
    #expect(
      try s.q.run(["remind", "--list"]).stdout.contains(
        "2145                    21:45  sat,sun  no routine  crontab line"))
    #expect(try s.q.run(["remind", "--off", "2145"]).status == 0)
    #expect(try String(contentsOf: s.crontabFile, encoding: .utf8) == theirs)

    // With no crontab before, none after.
    try FileManager.default.removeItem(at: s.crontabFile)
    #expect(try s.q.run(["remind", "--at", "21:45"]).status == 0)
    #expect(FileManager.default.fileExists(atPath: s.crontabFile.path))
    #expect(try s.q.run(["remind", "--off"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: s.crontabFile.path))
  }

  @Test func dryRunPrintsWhatItWouldWriteAndWritesNothing() throws {
    for systemd in [true, false] {
      let s = try Setup(systemd: systemd)
      defer { s.q.cleanUp() }
      let before = s.tree()
      let result = try s.q.run(["remind", "--at", "22:30", "--routine", "calf-stretches", "--dry-run"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("Dry run: nothing is written."))
      if systemd {
        #expect(
          result.stdout.contains(
            "Would write \(s.unitFolder.path)/quietlegs-remind-2230-calf-stretches.timer:"))
        #expect(result.stdout.contains("OnCalendar=*-*-* 22:30:00"))
        #expect(
          result.stdout.contains("ExecStart=\(QuietLegsProcess.binary.resolvingSymlinksInPath().path) notify")
        )
        #expect(result.stdout.contains("Would run: systemctl --user daemon-reload"))
        #expect(s.calls() == ["systemctl --user show-environment"])
      } else {
        #expect(result.stdout.contains("Would add this line to your crontab"))
        #expect(result.stdout.contains("30 22 * * * "))
        #expect(!s.calls().contains { $0.hasPrefix("crontab -") && $0 != "crontab -l" })
      }
      #expect(s.tree() == before)
    }
  }

  @Test func badOptionsAreNamed() throws {
    let s = try Setup(systemd: true)
    defer { s.q.cleanUp() }
    let bad = try s.q.run(["remind", "--at", "25:00"])
    #expect(bad.status == 1 && bad.stderr.contains("at: '25:00' is not a time of day; use HH:MM"))
    let unknown = try s.q.run(["remind", "--at", "22:00", "--routine", "no-such"])
    #expect(unknown.status == 1 && unknown.stderr.contains("routine: 'no-such' is unknown; use one of"))
    #expect(
      try s.q.run(["remind", "--at", "22:00", "--days", "mon,xyz"]).stderr.contains("'xyz' is not a day"))
    #expect(try s.q.run(["remind"]).status == 64)
    let hook = try s.q.run(["routine", "calf-stretches", "--on-done", "say 'hi"])
    #expect(
      hook.status == 1 && hook.stderr.contains("--on-done: a ' quote is not closed in 'say 'hi'"),
      "\(hook.stderr)")
    #expect(s.tree().allSatisfy { !$0.contains("systemd") })
  }

  @Test func notifyKeepsTheReminderWithoutABusAndShowsItWithOne() throws {
    let s = try Setup(systemd: true)
    defer { s.q.cleanUp() }
    let kept = try s.q.run(["notify", "--at", "22:30", "--routine", "bedtime-ritual"])
    #expect(kept.status == 0)
    #expect(kept.stdout.contains("reminder kept for the full screen: there is no desktop session bus"))
    let file = s.q.dataFolder.appendingPathComponent("reminder-due")
    #expect(try String(contentsOf: file, encoding: .utf8) == "2026-11-22T08:30:00Z\tbedtime-ritual\n")
    try FileManager.default.removeItem(at: file)

    var withBus = s
    withBus.q.environment["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nowhere"
    try s.script("notify-send", "echo \"notify-send $* bus=$DBUS_SESSION_BUS_ADDRESS\" >> '\(s.log.path)'")
    let shown = try withBus.q.run(["notify", "--at", "22:30", "--routine", "bedtime-ritual"])
    #expect(shown.status == 0 && shown.stdout.contains("reminder shown on the desktop"))
    #expect(
      s.calls().last
        == "notify-send --app-name=QuietLegs QuietLegs · 22:30 Time for Bedtime ritual: quietlegs routine bedtime-ritual bus=unix:path=/nowhere"
    )
    #expect(!FileManager.default.fileExists(atPath: file.path))
    #expect(try withBus.q.run(["remind", "--list"]).stdout.contains("Notifications: shown on the desktop"))

    // A failing or hanging notify-send: still exit 0, and the reminder is kept.
    try s.script("notify-send", "exit 5")
    let failed = try withBus.q.run(["notify", "--at", "22:30"])
    #expect(failed.status == 0 && failed.stderr.isEmpty)
    #expect(failed.stdout.contains("notify-send failed (exit status 5)"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "2026-11-22T08:30:00Z\t-\n")
  }
}
