import Foundation
import QuietLegsCore

/// The theme to start with, and what went wrong finding it (shown in the status line).
public struct ThemeLoadResult: Sendable {
  public var theme: Theme
  /// A one-line description of a missing or broken theme file; nil when all went well.
  public var problem: String?
}

/// Finds a theme by name among the user's theme files and the built-ins, and lays it over
/// the built-in default so a file may set only some roles.
public struct ThemeLoader: Sendable {
  /// Folder of user themes (`$XDG_CONFIG_HOME/quietlegs/themes`).
  public var userThemesDirectory: URL
  /// Built-in theme files: name → TOML text.
  public var builtins: [String: String]

  /// The theme used when none is chosen.
  public static let defaultName = "default"

  public init(userThemesDirectory: URL, builtins: [String: String] = EmbeddedThemes.files) {
    self.userThemesDirectory = userThemesDirectory
    self.builtins = builtins
  }

  /// Theme names are file names: letters, digits, `-` and `_`.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 64
      && name.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
  }

  /// The user's file for a theme name.
  public func userFile(named name: String) -> URL {
    userThemesDirectory.appendingPathComponent(name + ".toml")
  }

  /// Loads `name` (the default when nil). Never fails: a missing or broken theme gives the
  /// default theme and a problem message naming the file, line and fault.
  public func load(named name: String?) -> ThemeLoadResult {
    var (base, problem) = defaultTheme()
    let name = name ?? Self.defaultName
    guard Self.isValidName(name) else {
      return ThemeLoadResult(
        theme: base,
        problem: "Theme name '\(name)' is not valid (use letters, digits, - and _); using the default theme.")
    }
    do {
      if let patch = try patch(named: name) {
        base = base.applying(patch)
        base.name = name
      } else {
        problem =
          "No theme named '\(name)' (looked in \(userThemesDirectory.path) and the built-ins: "
          + builtins.keys.sorted().joined(separator: ", ") + "); using the default theme."
      }
    } catch {
      problem = "Theme \(error); using the default theme."
    }
    return ThemeLoadResult(theme: base, problem: problem)
  }

  /// The built-in default theme file over plain styles; the attribute-only fallback when that
  /// file is missing or broken (then with a problem message).
  private func defaultTheme() -> (Theme, String?) {
    var theme = Theme.fallback
    var problem: String?
    if let text = builtins[Self.defaultName] {
      do {
        let patch = try ThemeParser.parse(text, file: "built-in theme \(Self.defaultName)")
        theme = Theme(name: Self.defaultName).applying(patch)
      } catch {
        problem = "Theme \(error)"
      }
    }
    theme.name = Self.defaultName
    return (theme, problem)
  }

  /// The user's file for `name` if it exists, else the built-in; nil when neither exists.
  private func patch(named name: String) throws(TOMLFileError) -> ThemePatch? {
    let file = userFile(named: name)
    if let text = try TextFile.read(file) {
      return try ThemeParser.parse(text, file: file.path)
    }
    if name == Self.defaultName { return ThemePatch() }
    guard let text = builtins[name] else { return nil }
    return try ThemeParser.parse(text, file: "built-in theme \(name)")
  }
}
