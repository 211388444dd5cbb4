import TOMLKit

/// The sound a routine makes when a step or phase changes (`sound` in config.toml).
public enum RoutineSound: Sendable, Equatable {
  case none
  /// The terminal bell.
  case bell
  /// A program of the person's choosing (`sound_command`), as words.
  case command([String])
}

/// The settings about commands and sounds: `on_routine_done`, `sound`, `sound_command`.
public struct HookSettings: Sendable, Equatable {
  /// Keys of config.toml read here.
  public static let keys = ["on_routine_done", "sound", "sound_command"]

  /// The command run when a routine ends, as words; nil when none is set.
  public var onRoutineDone: [String]?
  /// Nil when `sound` is not set: then `bell` decides between the bell and nothing.
  public var sound: RoutineSound?

  public init(onRoutineDone: [String]? = nil, sound: RoutineSound? = nil) {
    self.onRoutineDone = onRoutineDone
    self.sound = sound
  }

  /// The sound in force: `sound` when set, otherwise the bell unless `bell = false`.
  public func sound(bell: Bool) -> RoutineSound { sound ?? (bell ? .bell : .none) }

  /// Reads the keys from a parsed config.toml; a key with a wrong value is reported in
  /// `problems` and left unset. `sound_command` alone means `sound = "command"`.
  public static func read(_ source: TOMLSource, problems: inout [TOMLFileError]) -> HookSettings {
    var settings = HookSettings()
    func command(_ key: String) -> [String]? {
      guard let value = source.root[key] else { return nil }
      guard let text = value.string else {
        problems.append(
          source.error("\(key) must be a command in quotes, e.g. \(key) = \"notify-send Done\"", key: key))
        return nil
      }
      do {
        return try CommandWords.split(text, field: key)
      } catch {
        problems.append(source.error(error.description, key: key))
        return nil
      }
    }
    settings.onRoutineDone = command("on_routine_done")
    let soundCommand = command("sound_command")
    if let value = source.root["sound"] {
      switch value.string {
      case "bell"?: settings.sound = .bell
      case "none"?: settings.sound = RoutineSound.none
      case "command"? where soundCommand != nil: settings.sound = .command(soundCommand!)
      case "command"?:
        problems.append(
          source.error(
            "sound = \"command\" needs sound_command = \"...\", the program to play (e.g. \"paplay /usr/share/sounds/freedesktop/stereo/bell.oga\")",
            key: "sound"))
      default:
        problems.append(source.error("sound must be \"bell\", \"none\" or \"command\"", key: "sound"))
      }
    } else if let soundCommand {
      settings.sound = .command(soundCommand)
    }
    return settings
  }
}
