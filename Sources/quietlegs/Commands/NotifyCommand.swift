import ArgumentParser
import Foundation
import QuietLegsCore

/// `quietlegs notify`: what a reminder runs. A desktop notification where a session bus and
/// `notify-send` exist; otherwise (or when that fails) the reminder is kept for the full screen.
/// It always exits 0 and prints at most one line: nothing fails loudly at night.
struct NotifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notify", abstract: "Show a bedtime reminder now (what `remind` runs).")

  @Option(help: ArgumentHelp("The reminder's time, as shown in the message.", valueName: "HH:MM"))
  var at: String?

  @Option(help: ArgumentHelp("The routine to suggest.", valueName: "id"))
  var routine: String?

  @OptionGroup var global: GlobalOptions

  func run() {
    let environment = ProcessInfo.processInfo.environment
    let host = ReminderHost(environment: environment)
    let clock = CommandContext.clock(environment: environment)
    let routineId = routine.flatMap { Identifier.isValid($0) ? $0 : nil }
    var why: String
    switch host.notificationRoute {
    case .desktop(let program, let bus):
      let name = routineId.flatMap { RoutineLibrary.load(paths: global.paths).routine(id: $0)?.name }
      let style = Settings.loadKeepingValid(from: global.paths.configFile).settings.clock
      let time = NotifyCommand.shownTime(at, now: clock.now, style: style)
      let message = NotificationRoute.message(time: time, routineId: routineId, routineName: name)
      var busEnvironment = environment
      busEnvironment["DBUS_SESSION_BUS_ADDRESS"] = bus
      let result = ChildProcess.run(
        [program, "--app-name=QuietLegs", message.title, message.body], environment: busEnvironment,
        timeLimit: .seconds(10))
      if result.succeeded {
        print("quietlegs: reminder shown on the desktop.")
        return
      }
      why = "notify-send failed (\(result.describe(timeLimit: .seconds(10))))"
    case .recordOnly(let reason):
      why = reason
    }
    do {
      try PendingReminder(at: clock.now, routineId: routineId).save(in: global.paths.dataDirectory)
      print("quietlegs: reminder kept for the full screen: \(why).")
    } catch {
      print("quietlegs: reminder not kept (\(error.localizedDescription)): \(why).")
    }
  }

  /// The reminder's time (`--at HH:MM`, else now in the local time zone) on the person's clock;
  /// an `--at` that is not `HH:MM` is shown as given.
  static func shownTime(_ at: String?, now: Date, style: ClockStyle) -> String {
    if let at {
      guard let time = ClockTime(at) else { return at }
      return style.text(hour: time.hour, minute: time.minute)
    }
    let parts = Calendar.current.dateComponents([.hour, .minute], from: now)
    return style.text(hour: parts.hour ?? 0, minute: parts.minute ?? 0)
  }
}
