import ArgumentParser
import Foundation
import QuietLegsCore
import QuietLegsTUI

/// Lists the themes the user can choose and where each comes from.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the themes and where each comes from.",
    discussion: """
      Built-in themes are carried in the program. A file NAME.toml in the user theme folder \
      adds a theme or replaces the built-in of the same name; it may set only some roles, \
      the rest come from the default theme. Choose one with `--theme NAME` or `theme = "NAME"` in config.toml.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let paths = global.paths
    let loader = ThemeLoader(userThemesDirectory: paths.userThemesDirectory)
    let active = Settings.loadKeepingValid(from: paths.configFile).settings.theme ?? ThemeLoader.defaultName
    let listings = loader.listThemes()
    let nameWidth = max(4, listings.map(\.name.count).max() ?? 0)
    for listing in listings {
      let marker = listing.name == active ? "*" : " "
      let name = listing.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      print(
        PlainText.oneLine("\(marker) \(name)  \(origin(of: listing))  \(listing.description)", limit: 200))
      if let problem = listing.problem { print("    broken: " + PlainText.oneLine(problem, limit: 200)) }
    }
    print("")
    print("User themes folder: \(paths.userThemesDirectory.path)")
    print("* marks the theme in use (from \(paths.configFile.path), or the default).")
  }

  private func origin(of listing: ThemeListing) -> String {
    switch listing.origin {
    case .builtIn: return "built-in"
    case .user(let path): return "user (\(path))"
    case .userOverridingBuiltIn(let path): return "user, replaces built-in (\(path))"
    }
  }
}
