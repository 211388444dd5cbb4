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
    resolveWithOrigins(dataDirOption: dataDirOption, environment: environment).paths
  }

  /// The folders and where each came from (`--data-dir`, `$QUIETLEGS_DATA_DIR`, `$XDG_DATA_HOME`,
  /// `$XDG_CONFIG_HOME`, or `default`), for `quietlegs doctor`.
  public static func resolveWithOrigins(
    dataDirOption: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> (paths: AppPaths, dataOrigin: String, configOrigin: String) {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    func nonEmpty(_ key: String) -> String? {
      guard let value = environment[key], !value.isEmpty else { return nil }
      return value
    }
    let data: (path: String, origin: String)
    if let option = dataDirOption, !option.isEmpty {
      data = (option, "--data-dir")
    } else if let env = nonEmpty("QUIETLEGS_DATA_DIR") {
      data = (env, "$QUIETLEGS_DATA_DIR")
    } else if let xdg = nonEmpty("XDG_DATA_HOME") {
      data = (xdg + "/quietlegs", "$XDG_DATA_HOME")
    } else {
      data = (home + "/.local/share/quietlegs", "default")
    }
    let config: (path: String, origin: String)
    if let xdg = nonEmpty("XDG_CONFIG_HOME") {
      config = (xdg + "/quietlegs", "$XDG_CONFIG_HOME")
    } else {
      config = (home + "/.config/quietlegs", "default")
    }
    let paths = AppPaths(
      dataDirectory: URL(fileURLWithPath: expandTilde(data.path, home: home)),
      configDirectory: URL(fileURLWithPath: expandTilde(config.path, home: home)))
    return (paths, data.origin, config.origin)
  }

  private static func expandTilde(_ path: String, home: String) -> String {
    if path == "~" { return home }
    if path.hasPrefix("~/") { return home + path.dropFirst(1) }
    return path
  }
}
