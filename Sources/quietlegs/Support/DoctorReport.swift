import Foundation
import QuietLegsCore
import QuietLegsCurses
import QuietLegsTUI

/// Everything `quietlegs doctor` reports, gathered once and printed as text or JSON.
struct DoctorReport {
  /// One line of a section: a name, a value, and where the value came from when that matters.
  struct Item {
    var key: String
    var value: Any
    var text: String
  }

  var sections: [(title: String, jsonKey: String, items: [Item])] = []
  var problems: [String] = []

  static func gather(dataDirOption: String?, environment: [String: String]) -> DoctorReport {
    var report = DoctorReport()
    let resolved = AppPaths.resolveWithOrigins(dataDirOption: dataDirOption, environment: environment)
    let paths = resolved.paths
    report.paths(paths, dataOrigin: resolved.dataOrigin, configOrigin: resolved.configOrigin)
    report.journal(paths)
    report.settings(paths)
    report.terminal(environment)
    return report
  }

  private mutating func paths(_ paths: AppPaths, dataOrigin: String, configOrigin: String) {
    let backups = (try? FileManager.default.contentsOfDirectory(atPath: paths.backupsDirectory.path)) ?? []
    let copies = backups.filter { $0.hasSuffix(".sqlite3") && !$0.hasPrefix(".") }.count
    let config = FileManager.default.fileExists(atPath: paths.configFile.path)
    sections.append(
      (
        "Paths", "paths",
        [
          Item(
            key: "dataFolder", value: ["path": paths.dataDirectory.path, "from": dataOrigin],
            text: "data folder      \(paths.dataDirectory.path) (from \(dataOrigin))"),
          Item(
            key: "journal", value: paths.journalFile.path, text: "journal          \(paths.journalFile.path)"),
          Item(
            key: "backups", value: ["path": paths.backupsDirectory.path, "copies": copies],
            text:
              "backups          \(paths.backupsDirectory.path)/ (\(copies) cop\(copies == 1 ? "y" : "ies"))"),
          Item(
            key: "configFolder", value: ["path": paths.configDirectory.path, "from": configOrigin],
            text: "config folder    \(paths.configDirectory.path) (from \(configOrigin))"),
          Item(
            key: "configFile", value: ["path": paths.configFile.path, "present": config],
            text:
              "config.toml      \(paths.configFile.path)\(config ? "" : " (none: every setting is the default)")"
          ),
          Item(
            key: "userThemes", value: paths.userThemesDirectory.path,
            text: "your themes      \(paths.userThemesDirectory.path)/"),
          Item(
            key: "userRoutines", value: paths.userRoutinesDirectory.path,
            text: "your routines    \(paths.userRoutinesDirectory.path)/"),
        ]
      ))
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: paths.dataDirectory.path, isDirectory: &isFolder) {
      if !isFolder.boolValue {
        problems.append("the data folder \(paths.dataDirectory.path) is a file, not a folder")
      } else if access(paths.dataDirectory.path, W_OK | X_OK) != 0 {
        problems.append("the data folder \(paths.dataDirectory.path) is not writable")
      }
    }
  }

  private mutating func journal(_ paths: AppPaths) {
    let found = JournalInspection.inspect(paths.journalFile)
    var items: [Item] = []
    if !found.exists {
      items.append(
        Item(key: "exists", value: false, text: "file             not created yet (the first save makes it)"))
    } else {
      items.append(Item(key: "exists", value: true, text: "file             present"))
      items.append(
        Item(
          key: "bytes", value: ["journal": found.bytes, "wal": found.walBytes],
          text: "size             \(found.bytes) bytes (+ \(found.walBytes) bytes of write-ahead log)"))
      let schema = found.migrations.last ?? "none"
      items.append(
        Item(
          key: "schema",
          value: ["version": schema, "migrations": found.migrations.count, "newestKnown": found.latestKnown],
          text:
            "schema           \(schema) (\(found.migrations.count) migrations; this program's newest: \(found.latestKnown))"
        ))
      items.append(
        Item(
          key: "quickCheck", value: Self.orNull(found.quickCheck),
          text: "quick_check      \(found.quickCheck ?? "not run (the file could not be opened)")"))
      if let episodes = found.episodes {
        items.append(Item(key: "episodes", value: episodes, text: "episodes         \(episodes)"))
      }
    }
    if let problem = found.problem { problems.append(problem) }
    sections.append(("Journal", "journal", items))
  }

  private mutating func settings(_ paths: AppPaths) {
    let file = Settings.loadKeepingValid(from: paths.configFile)
    let settings = file.settings
    problems += file.problems.map { "\($0.description) (skipped; the other settings are used)" }
    if let refusal = file.boundaryRefusal { problems.append(refusal) }
    let theme = settings.theme ?? ThemeLoader.defaultName
    if let problem = ThemeLoader(userThemesDirectory: paths.userThemesDirectory).load(named: settings.theme)
      .problem
    {
      problems.append(problem)
    }
    problems += RoutineLibrary.load(paths: paths).errors.map { "routine file skipped: \($0.description)" }
    sections.append(
      (
        "Settings in force", "settings",
        [
          Item(key: "theme", value: theme, text: "theme            \(theme)"),
          Item(key: "bell", value: settings.bell, text: "bell             \(settings.bell ? "on" : "off")"),
          Item(
            key: "nightBoundaryHour", value: settings.nightBoundaryHour,
            text: "night boundary   \(settings.nightBoundaryHour):00"),
          Item(
            key: "weekStarts", value: settings.weekStart.rawValue,
            text: "week starts      \(settings.weekStart.rawValue)"),
          Item(
            key: "factors", value: settings.customFactors,
            text:
              "your factors     \(settings.customFactors.isEmpty ? "none" : settings.customFactors.joined(separator: ", "))"
          ),
        ]
      ))
  }

  private mutating func terminal(_ environment: [String: String]) {
    let term = environment["TERM"]
    let probe = TerminalProbe.probe(type: term)
    func shown(_ key: String) -> String { environment[key].map { "'\($0)'" } ?? "not set" }
    let fullScreen: String
    if term == nil || term!.isEmpty {
      fullScreen = "no: TERM is not set"
    } else if !probe.known {
      fullScreen = "no: terminfo does not know '\(term!)'"
    } else if !probe.canAddressCursor {
      fullScreen = "no: '\(term!)' cannot move the cursor"
    } else {
      fullScreen = "yes"
    }
    let capability = ColorCapability.detect(colorCount: probe.colors, environment: environment)
    let direct = term.flatMap { DirectColorTerminal.type(for: $0, environment: environment) }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].first { !(environment[$0] ?? "").isEmpty }
    let localeText = locale.map { "\($0)=\(environment[$0]!)" } ?? "no LANG, LC_CTYPE or LC_ALL"
    let cliColor = Console.useColor(environment: environment)
    sections.append(
      (
        "Terminal", "terminal",
        [
          Item(key: "term", value: Self.orNull(term), text: "TERM             \(shown("TERM"))"),
          Item(key: "fullScreen", value: fullScreen == "yes", text: "full screen      \(fullScreen)"),
          Item(
            key: "colors", value: ["terminfo": probe.colors, "shown": "\(capability)"],
            text:
              "colours          \(probe.colors) in terminfo; the full screen uses \(Self.words(capability))"),
          Item(
            key: "colorterm",
            value: ["value": Self.orNull(environment["COLORTERM"]), "directType": Self.orNull(direct)],
            text: "COLORTERM        \(shown("COLORTERM"))\(direct.map { " (tries \($0) first)" } ?? "")"),
          Item(
            key: "noColor", value: Self.orNull(environment["NO_COLOR"]),
            text: "NO_COLOR         \(shown("NO_COLOR"))"),
          Item(
            key: "clicolorForce", value: Self.orNull(environment["CLICOLOR_FORCE"]),
            text: "CLICOLOR_FORCE   \(shown("CLICOLOR_FORCE"))"),
          Item(
            key: "commandLineColor", value: cliColor,
            text: "command colour   \(cliColor ? "on" : "off") for this output"),
          Item(
            key: "utf8Locale", value: probe.utf8Locale,
            text:
              "locale           \(localeText); \(probe.utf8Locale ? "UTF-8" : "not UTF-8 (the full screen falls back to C.UTF-8)")"
          ),
        ]
      ))
    if term != nil, fullScreen != "yes" {
      problems.append("the full screen cannot open here: \(fullScreen.dropFirst(4))")
    }
  }

  private static func orNull(_ value: String?) -> Any { value.map { $0 as Any } ?? NSNull() }

  private static func words(_ capability: ColorCapability) -> String {
    switch capability {
    case .none: "no colour"
    case .eight: "8 colours"
    case .sixteen: "16 colours"
    case .palette256: "256 colours"
    case .trueColor: "24-bit colour"
    }
  }

  var text: String {
    var out = "QuietLegs \(QuietLegsVersion.string)\n"
    for section in sections {
      out += "\n\(section.title)\n"
      for item in section.items { out += "  \(TextSanitizer.clean(item.text))\n" }
    }
    out += "\nProblems\n"
    out += problems.isEmpty ? "  none\n" : problems.map { "  - \(TextSanitizer.clean($0))\n" }.joined()
    return out
  }

  var json: [String: Any] {
    var object: [String: Any] = ["version": QuietLegsVersion.string, "problems": problems]
    for section in sections {
      object[section.jsonKey] = Dictionary(uniqueKeysWithValues: section.items.map { ($0.key, $0.value) })
    }
    return object
  }
}
