import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Settings, theme and routine files: why one cannot be read")
struct TextFileTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "ql-textfile-\(UUID().uuidString)")

  @Test func missingIsNilAndProblemsAreNamed() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try TextFile.read(folder.appendingPathComponent("none.toml")) == nil)
    #expect(throws: TOMLFileError(file: folder.path, line: nil, message: "is a folder, not a file")) {
      try TextFile.read(folder)
    }
    let latin1 = folder.appendingPathComponent("latin1.toml")
    try Data([0x74, 0x3D, 0xE9]).write(to: latin1)
    #expect(throws: TOMLFileError(file: latin1.path, line: nil, message: "is not UTF-8 text")) {
      try TextFile.read(latin1)
    }
    #expect(TextFile.reason(EACCES) == "permission denied")
  }

  @Test(.enabled(if: geteuid() != 0, "root reads any file, so a refusal cannot be seen"))
  func anUnreadableConfigSaysPermissionDenied() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.appendingPathComponent("config.toml")
    try Data("theme = \"night\"\n".utf8).write(to: config)
    chmod(config.path, 0)
    let loaded = Settings.loadKeepingValid(from: config)
    #expect(loaded.problems.map(\.message) == ["cannot be read: permission denied"])
  }
}
