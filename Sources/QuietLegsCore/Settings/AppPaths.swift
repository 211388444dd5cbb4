import Foundation

/// Where QuietLegs keeps its journal, settings, user themes and user routines.
public struct AppPaths: Sendable, Equatable {
  /// Folder holding `journal.sqlite3` and backups.
  public var dataDirectory: URL
  /// Folder holding `config.toml`, `themes/` and `routines/`.
  public var configDirectory: URL

  public init(dataDirectory: URL, configDirectory: URL) {
    self.dataDirectory = dataDirectory
    self.configDirectory = configDirectory
  }

  public var journalFile: URL { dataDirectory.appendingPathComponent("journal.sqlite3") }
  public var backupsDirectory: URL { dataDirectory.appendingPathComponent("backups") }
  public var configFile: URL { configDirectory.appendingPathComponent("config.toml") }
  public var userThemesDirectory: URL { configDirectory.appendingPathComponent("themes") }
  public var userRoutinesDirectory: URL { configDirectory.appendingPathComponent("routines") }

  /// Resolves the folders: `--data-dir`, else `$QUIETLEGS_DATA_DIR`, else `$XDG_DATA_HOME/quietlegs`,
  /// else `~/.local/share/quietlegs`; config from `$XDG_CONFIG_HOME/quietlegs`, else `~/.config/quietlegs`.
  public static func resolve(
    dataDirOption: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> AppPaths {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    func nonEmpty(_ key: String) -> String? {
      guard let value = environment[key], !value.isEmpty else { return nil }
      return value
    }
    let data: String
    if let option = dataDirOption, !option.isEmpty {
      data = option
    } else if let env = nonEmpty("QUIETLEGS_DATA_DIR") {
      data = env
    } else if let xdg = nonEmpty("XDG_DATA_HOME") {
      data = xdg + "/quietlegs"
    } else {
      data = home + "/.local/share/quietlegs"
    }
    let config: String
    if let xdg = nonEmpty("XDG_CONFIG_HOME") {
      config = xdg + "/quietlegs"
    } else {
      config = home + "/.config/quietlegs"
    }
    return AppPaths(
      dataDirectory: URL(fileURLWithPath: expandTilde(data, home: home)),
      configDirectory: URL(fileURLWithPath: expandTilde(config, home: home)))
  }

  private static func expandTilde(_ path: String, home: String) -> String {
    if path == "~" { return home }
    if path.hasPrefix("~/") { return home + path.dropFirst(1) }
    return path
  }
}
