import Foundation
import QuietLegsTUI
import Testing

/// Every theme file in `Sources/QuietLegsTUI/Theme/Builtin` is carried in the binary under its
/// own name (SwiftPM embeds the files; `EmbeddedThemes.files` names each one).
@Suite struct EmbeddedThemesTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func everyThemeFileIsCarriedUnderItsName() throws {
    let folder = Self.repositoryRoot.appendingPathComponent("Sources/QuietLegsTUI/Theme/Builtin")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".toml")
    }
    var files: [String: String] = [:]
    for name in names {
      files[String(name.dropLast(5))] = try String(
        contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    let hint = "give each file in \(folder.path) its line in EmbeddedThemes.files"
    #expect(Set(EmbeddedThemes.files.keys) == Set(files.keys), "\(hint)")
    for (name, text) in files {
      #expect(EmbeddedThemes.files[name] == text, "\(name).toml is carried under another name; \(hint)")
    }
    #expect(EmbeddedThemes.files["default"] != nil)
  }
}
