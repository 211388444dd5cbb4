import Foundation
import Testing

@Suite("Routines and themes on the command line")
struct ListingCLITests {
  @Test func routinesListsBuiltInsAndNamesABrokenUserFile() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let folder = URL(fileURLWithPath: q.environment["XDG_CONFIG_HOME"]!).appendingPathComponent(
      "quietlegs/routines")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "name = \"Mine\"\n[[steps]]\ntitle = \"Hold\"\nseconds = 0\n".write(
      to: folder.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
    try
      "name = \"Evening calves\"\n[[steps]]\ntitle = \"Wall calf stretch\"\nseconds = 30\nrepeat = 3\nrest = 10\nside = \"alternate\"\n"
      .write(to: folder.appendingPathComponent("evening-calves.toml"), atomically: true, encoding: .utf8)
    let result = try q.run(["routines"])
    #expect(result.status == 0)
    for id in [
      "foot-soak", "toe-raises", "calf-stretches", "cramp-rescue", "bedtime-ritual", "evening-calves",
    ] {
      #expect(result.stdout.contains(id), "\(id) missing")
    }
    #expect(result.stdout.contains("mine.toml:4"), "the broken file is named with its line")
    #expect(result.stdout.contains("seconds"))
  }

  @Test func unknownRoutineIsAOneLineError() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(["routine", "marathon"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("routine: 'marathon' is unknown; use one of"), "\(result.stderr)")
    #expect(result.stderr.contains("foot-soak"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func themesListsTheBuiltIns() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(["themes"])
    #expect(result.status == 0)
    for name in ["default", "night", "high-contrast", "mono"] { #expect(result.stdout.contains(name)) }
  }
}
