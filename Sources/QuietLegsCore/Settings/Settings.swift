import Foundation
import TOMLKit

/// The first day of a calendar week.
public enum WeekStart: String, Sendable, CaseIterable {
  case monday, sunday
}

/// User settings read from `config.toml`; every key is optional.
public struct Settings: Sendable, Equatable {
  /// Theme name (`theme = "night"`); nil means the default theme.
  public var theme: String?
  /// Whether routines ring the terminal bell (`bell = false` turns it off).
  public var bell: Bool = true
  /// Hour (0-23) at which one night ends and the next begins (`night_boundary_hour`, default 12).
  public var nightBoundaryHour: Int = 12
  /// First day of the week in calendars (`week_starts = "monday"`).
  public var weekStart: WeekStart = .monday
  /// User-defined evening factors (`factors = ["late-screen"]`).
  public var customFactors: [String] = []
  /// `on_routine_done`, `sound` and `sound_command` (HookSettings.swift).
  public var hooks = HookSettings()

  public init() {}

  /// Every key `config.toml` may contain.
  public static let knownKeys =
    ["theme", "bell", "night_boundary_hour", "week_starts", "factors"] + HookSettings.keys

  /// Reads settings from a file; a missing file gives the defaults.
  public static func load(from url: URL) throws(TOMLFileError) -> Settings {
    guard FileManager.default.fileExists(atPath: url.path) else { return Settings() }
    guard let data = FileManager.default.contents(atPath: url.path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw TOMLFileError(file: url.path, line: nil, message: "cannot be read as UTF-8 text")
    }
    return try parse(text, file: url.path)
  }

  /// Parses the text of a `config.toml`.
  public static func parse(_ text: String, file: String) throws(TOMLFileError) -> Settings {
    let source = try TOMLSource(text: text, file: file)
    var settings = Settings()
    for key in source.root.keys where !knownKeys.contains(key) {
      throw source.error(
        "unknown setting '\(key)'; allowed: \(knownKeys.joined(separator: ", "))", key: key)
    }
    if let value = source.root["theme"] {
      guard let name = value.string, !name.isEmpty else {
        throw source.error("theme must be a theme name in quotes, e.g. theme = \"night\"", key: "theme")
      }
      settings.theme = name
    }
    if let value = source.root["bell"] {
      guard let bell = value.bool else {
        throw source.error("bell must be true or false", key: "bell")
      }
      settings.bell = bell
    }
    if let value = source.root["night_boundary_hour"] {
      guard let hour = value.int, (0...23).contains(hour) else {
        throw source.error(
          "night_boundary_hour must be a whole hour from 0 to 23 (default 12)",
          key: "night_boundary_hour")
      }
      settings.nightBoundaryHour = hour
    }
    if let value = source.root["week_starts"] {
      guard let text = value.string, let start = WeekStart(rawValue: text) else {
        throw source.error(
          "week_starts must be \"monday\" or \"sunday\"", key: "week_starts")
      }
      settings.weekStart = start
    }
    if let value = source.root["factors"] {
      guard let array = value.array else {
        throw source.error("factors must be a list of ids, e.g. [\"late-screen\"]", key: "factors")
      }
      var ids: [String] = []
      for item in array {
        guard let id = item.string, Identifier.isValid(id) else {
          throw source.error(
            "each factor must be an id of lowercase letters, digits and hyphens", key: "factors")
        }
        ids.append(id)
      }
      settings.customFactors = ids
    }
    var problems: [TOMLFileError] = []
    settings.hooks = HookSettings.read(source, problems: &problems)
    if let first = problems.first { throw first }
    return settings
  }
}

/// Rules for the stable, user-visible ids (causes, routines, factors).
public enum Identifier {
  /// True for 1-40 characters of `a-z`, `0-9` and `-`, starting with a letter or digit.
  public static func isValid(_ id: String) -> Bool {
    guard (1...40).contains(id.count), let first = id.unicodeScalars.first, first != "-" else {
      return false
    }
    return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}
