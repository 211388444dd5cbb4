import Foundation
import QuietLegsCore
import Testing

@Suite struct RoutineFolderTests {
  @Test func aBrokenUserFileIsReportedAndTheGoodOneLoads() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "routines-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func write(_ name: String, _ text: String) throws {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    try write(
      "evening-calves.toml", "name = \"Evening calves\"\n[[steps]]\ntitle = \"Stretch\"\nseconds = 30\n")
    try write("broken.toml", "name = \"Broken\"\n[[steps]]\ntitle = \"Stretch\"\nseconds = 0\n")
    try write("Bad Name.toml", "name = \"Bad\"\n[[steps]]\ntitle = \"Stretch\"\nseconds = 30\n")
    try write("notes.txt", "not a routine")
    try write(".hidden.toml", "not toml at all [")
    try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("binary.toml"))

    let library = RoutineLibrary.load(userDirectory: folder, builtIns: [:])
    #expect(library.routines.map(\.id) == ["evening-calves"])
    #expect(
      library.routine(id: "evening-calves")?.origin
        == .user(path: folder.appendingPathComponent("evening-calves.toml").path))
    let byFile = Dictionary(
      uniqueKeysWithValues: library.errors.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0) })
    #expect(Set(byFile.keys) == ["broken.toml", "Bad Name.toml", "binary.toml"])
    #expect(byFile["broken.toml"]?.line == 4)
    #expect(byFile["Bad Name.toml"]?.message.contains("not a valid routine id") == true)
    #expect(byFile["binary.toml"]?.message.contains("UTF-8") == true)
  }

  @Test func aMissingFolderMeansOnlyBuiltIns() {
    let folder = URL(fileURLWithPath: "/nonexistent/quietlegs-\(UUID().uuidString)")
    let library = RoutineLibrary.load(userDirectory: folder, builtIns: [:])
    #expect(library.routines.isEmpty && library.errors.isEmpty)
  }
}
