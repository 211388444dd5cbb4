import Foundation
import QuietLegsCore

/// One theme the user can choose, and where it comes from.
public struct ThemeListing: Equatable, Sendable {
  /// Where a theme's file lives.
  public enum Origin: Equatable, Sendable {
    case builtIn
    /// A file in the user's theme folder.
    case user(path: String)
    /// A user file with the same name as a built-in, which it replaces.
    case userOverridingBuiltIn(path: String)
  }

  public var name: String
  public var origin: Origin
  public var description: String
  /// Why the file cannot be used, if it is broken.
  public var problem: String?
}

extension ThemeLoader {
  /// Every theme the user can choose: the built-ins and the `.toml` files in the user's theme folder.
  public func listThemes() -> [ThemeListing] {
    var listings: [String: ThemeListing] = [:]
    for (name, text) in builtins {
      listings[name] = listing(name: name, origin: .builtIn, text: text, file: "built-in theme \(name)")
    }
    let files = (try? FileManager.default.contentsOfDirectory(atPath: userThemesDirectory.path)) ?? []
    for file in files where file.hasSuffix(".toml") {
      let name = String(file.dropLast(5))
      guard Self.isValidName(name) else { continue }
      let url = userFile(named: name)
      let origin: ThemeListing.Origin =
        builtins[name] == nil ? .user(path: url.path) : .userOverridingBuiltIn(path: url.path)
      do {
        listings[name] = listing(
          name: name, origin: origin, text: try TextFile.read(url) ?? "", file: url.path)
      } catch {
        listings[name] = ThemeListing(name: name, origin: origin, description: "", problem: error.description)
      }
    }
    return listings.values.sorted { $0.name < $1.name }
  }

  private func listing(name: String, origin: ThemeListing.Origin, text: String, file: String) -> ThemeListing
  {
    do {
      let patch = try ThemeParser.parse(text, file: file)
      return ThemeListing(name: name, origin: origin, description: patch.description ?? "", problem: nil)
    } catch {
      return ThemeListing(name: name, origin: origin, description: "", problem: error.description)
    }
  }
}
