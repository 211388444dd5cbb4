import Foundation
import QuietLegsCore
import Testing

/// The themes carried in the binary must match the files in `themes/`.
@Suite struct EmbeddedThemesTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func generatedFileMatchesThemesFolder() throws {
    let folder = Self.repositoryRoot.appendingPathComponent("themes")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".toml")
    }
    var files: [String: String] = [:]
    for name in names {
      files[String(name.dropLast(5))] = try String(
        contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    let hint =
      "run: Scripts/embed-data.sh EmbeddedThemes Sources/QuietLegsCore/Generated/EmbeddedThemes.swift themes/*.toml"
    #expect(Set(EmbeddedThemes.files.keys) == Set(files.keys), "\(hint)")
    for (name, text) in files {
      #expect(EmbeddedThemes.files[name] == text, "themes/\(name).toml changed; \(hint)")
    }
    #expect(EmbeddedThemes.files["default"] != nil)
  }
}
