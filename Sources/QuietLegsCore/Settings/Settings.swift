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
  /// First day of the week in calendars (`week_starts = "monday"`); when not set, from the locale
  /// (`LocaleDefaults`).
  public var weekStart: WeekStart = .monday
  /// How times of day are shown (`clock = "24h"` or `"12h"`); when not set, from the locale.
  public var clock: ClockStyle = .twentyFourHour
  /// Whether the full screen takes the mouse (`mouse = true`): clicks select, the wheel scrolls.
  /// Off by default, because taking the mouse stops the terminal's own text selection.
  public var mouse: Bool = false
  /// User-defined evening factors (`factors = ["late-screen"]`).
  public var customFactors: [String] = []
  /// `on_routine_done`, `sound` and `sound_command` (HookSettings.swift).
  public var hooks = HookSettings()

  public init() {}

  /// Every key `config.toml` may contain.
  public static let knownKeys =
    ["theme", "bell", "night_boundary_hour", "week_starts", "clock", "factors", "mouse"] + HookSettings.keys

  /// Reads settings from a file; a missing file gives the defaults. Throws the first problem;
  /// `loadKeepingValid` keeps the readable settings instead.
  public static func load(from url: URL, locale: LocaleDefaults = .standard) throws(TOMLFileError) -> Settings
  {
    let file = loadKeepingValid(from: url, locale: locale)
    if let first = file.problems.first { throw first }
    return file.settings
  }

  /// Parses the text of a `config.toml`; throws the first problem.
  public static func parse(_ text: String, file: String, locale: LocaleDefaults = .standard)
    throws(TOMLFileError)
    -> Settings
  {
    let read = read(text, file: file, locale: locale)
    if let first = read.problems.first { throw first }
    return read.settings
  }

  /// Reads a file, keeping every setting that is right and reporting each line that is not. The
  /// clock and the week start that the file does not set come from `locale` (by default the
  /// locale of this process's environment).
  public static func loadKeepingValid(
    from url: URL, locale: LocaleDefaults = LocaleDefaults(environment: ProcessInfo.processInfo.environment)
  ) -> SettingsFile {
    do {
      guard let text = try TextFile.read(url) else { return SettingsFile(settings: Settings(locale: locale)) }
      return read(text, file: url.path, locale: locale)
    } catch {
      return .unreadable(error, locale: locale)
    }
  }

  /// The defaults, with the clock and the week start of `locale`.
  public init(locale: LocaleDefaults) {
    clock = locale.clock
    weekStart = locale.weekStart
  }

  /// Reads the text of a `config.toml`: a line TOML cannot parse is reported and skipped (the
  /// rest is read again without it), a setting with a wrong value or an unknown name is reported
  /// and left at its default, and every other setting is kept.
  public static func read(_ text: String, file: String, locale: LocaleDefaults = .standard) -> SettingsFile {
    // Split on the LF scalar: in a CR LF file "\r\n" is one Character, so a Character split
    // would see one line. Each line keeps its CR, so the text joined again is the same.
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
    var result = SettingsFile(settings: Settings(locale: locale))
    var source: TOMLSource?
    while source == nil {
      do {
        source = try TOMLSource(text: lines.joined(separator: "\n"), file: file)
      } catch {
        result.problems.append(error)
        // A skipped line that sets the boundary (or a failure with no line, in a file that sets
        // it somewhere) leaves the night boundary unknown.
        let lost = error.line.flatMap { lines.indices.contains($0 - 1) ? lines[$0 - 1] : nil } ?? text
        if lost.contains("night_boundary_hour") { result.boundaryProblem = result.boundaryProblem ?? error }
        // Skip the line and read the rest again; an error without a line ends the reading.
        guard let line = error.line, lines.indices.contains(line - 1), !lines[line - 1].isEmpty else {
          return result
        }
        lines[line - 1] = ""
      }
    }
    guard let source else { return result }
    result.settings = settings(from: source, locale: locale, problems: &result.problems)
    result.boundaryProblem =
      result.boundaryProblem
      ?? result.problems.first { $0.line != nil && $0.line == source.line(ofKey: "night_boundary_hour") }
    return result
  }

  /// Each known setting of `source` that has a right value; a problem for each that does not.
  static func settings(from source: TOMLSource, locale: LocaleDefaults, problems: inout [TOMLFileError])
    -> Settings
  {
    var settings = Settings(locale: locale)
    func check(_ key: String, _ read: () -> Bool, _ message: String) {
      guard source.root[key] != nil else { return }
      if !read() { problems.append(source.error(message, key: key)) }
    }
    for key in source.root.keys where !knownKeys.contains(key) {
      problems.append(
        source.error("unknown setting '\(key)'; allowed: \(knownKeys.joined(separator: ", "))", key: key))
    }
    check(
      "theme",
      {
        guard let name = source.root["theme"]?.string, !name.isEmpty else { return false }
        settings.theme = name
        return true
      }, "theme must be a theme name in quotes, e.g. theme = \"night\"")
    check(
      "bell",
      {
        guard let bell = source.root["bell"]?.bool else { return false }
        settings.bell = bell
        return true
      }, "bell must be true or false")
    check(
      "mouse",
      {
        guard let mouse = source.root["mouse"]?.bool else { return false }
        settings.mouse = mouse
        return true
      }, "mouse must be true or false")
    check(
      "night_boundary_hour",
      {
        guard let hour = source.root["night_boundary_hour"]?.int, (0...23).contains(hour),
          NumberText.wholeNumber(source.valueText(ofKey: "night_boundary_hour") ?? "") == hour
        else { return false }
        settings.nightBoundaryHour = hour
        return true
      }, "night_boundary_hour must be a whole hour from 0 to 23 in digits (default 12)")
    check(
      "week_starts",
      {
        guard let text = source.root["week_starts"]?.string, let start = WeekStart(rawValue: text) else {
          return false
        }
        settings.weekStart = start
        return true
      }, "week_starts must be \"monday\" or \"sunday\"")
    check(
      "clock",
      {
        guard let text = source.root["clock"]?.string, let style = ClockStyle(rawValue: text) else {
          return false
        }
        settings.clock = style
        return true
      }, "clock must be \"24h\" (14:30) or \"12h\" (2:30 pm)")
    check(
      "factors",
      {
        guard let array = source.root["factors"]?.array else { return false }
        var ids: [String] = []
        for item in array {
          guard let id = item.string, Identifier.isValid(id) else { return false }
          ids.append(id)
        }
        settings.customFactors = ids
        return true
      }, "factors must be a list of ids of lowercase letters, digits and hyphens, e.g. [\"late-screen\"]")
    settings.hooks = HookSettings.read(source, problems: &problems)
    return settings
  }
}

/// What was read from `config.toml`: the settings that are right, and a problem for each line
/// that is not (those settings keep their defaults).
public struct SettingsFile: Sendable {
  public var settings: Settings
  public var problems: [TOMLFileError] = []
  /// Set when `night_boundary_hour` was given but could not be read (or the file could not be read
  /// at all): the night an episode belongs to is then unknown, so nothing may be placed by the default.
  public var boundaryProblem: TOMLFileError?

  public init(settings: Settings) { self.settings = settings }

  static func unreadable(_ problem: TOMLFileError, locale: LocaleDefaults) -> SettingsFile {
    var file = SettingsFile(settings: Settings(locale: locale))
    file.problems = [problem]
    file.boundaryProblem = problem
    return file
  }

  /// Why episodes cannot be placed on nights until the file is fixed, in words; nil when they can.
  public var boundaryRefusal: String? {
    boundaryProblem.map {
      "\($0.description); fix it first: the night boundary decides which night each episode belongs to, "
        + "and the default (noon) may not be yours"
    }
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
