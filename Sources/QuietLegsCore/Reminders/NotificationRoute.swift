/// How `quietlegs notify` can reach the person: a desktop notification through `notify-send` on
/// the session bus, or only a record the full screen shows when it is next opened (and why).
public enum NotificationRoute: Sendable, Equatable {
  /// `notify-send` at `program`, with the bus at `busAddress`.
  case desktop(program: String, busAddress: String)
  /// No notification can be shown; `reason` says why, in words for `remind --list`.
  case recordOnly(reason: String)

  /// Decides from the environment: `DBUS_SESSION_BUS_ADDRESS`, else the bus socket in
  /// `$XDG_RUNTIME_DIR` (or `/run/user/UID`), which is where a timer or cron job finds it.
  public static func decide(
    environment: [String: String], userID: UInt32, exists: (String) -> Bool, findProgram: (String) -> String?
  ) -> NotificationRoute {
    let runtime = environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/run/user/\(userID)"
    let bus: String
    if let address = environment["DBUS_SESSION_BUS_ADDRESS"], !address.isEmpty {
      bus = address
    } else if exists(runtime + "/bus") {
      bus = "unix:path=\(runtime)/bus"
    } else {
      return .recordOnly(
        reason:
          "there is no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set and \(runtime)/bus does not exist)"
      )
    }
    guard let program = findProgram("notify-send") else {
      return .recordOnly(reason: "notify-send is not installed (on Debian and Ubuntu it is in libnotify-bin)")
    }
    return .desktop(program: program, busAddress: bus)
  }

  /// The notification's title and body for a reminder of `routineName` (nil: none chosen).
  public static func message(time: String, routineId: String?, routineName: String?) -> (
    title: String, body: String
  ) {
    guard let routineId else {
      return ("QuietLegs · \(time)", "Time to get ready for bed. `quietlegs routines` lists the routines.")
    }
    return ("QuietLegs · \(time)", "Time for \(routineName ?? routineId): quietlegs routine \(routineId)")
  }
}
