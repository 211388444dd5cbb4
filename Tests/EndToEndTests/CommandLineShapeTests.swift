import Foundation
import Testing

@Suite("Command line shape: global options anywhere, unknown commands named")
struct CommandLineShapeTests {
  @Test("--data-dir before the subcommand is the same as after it")
  func globalOptionBeforeSubcommand() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let other = q.home.appendingPathComponent("elsewhere").path
    let saved = try q.run(["--data-dir", other, "log", "cramp", "--at", "02:10", "--note", "moved"])
    #expect(saved.status == 0, "\(saved.stderr)")
    let before = try q.run(["--data-dir=\(other)", "list"])
    #expect(before.status == 0, "\(before.stderr)")
    #expect(before.stdout.contains("moved"))
    let after = try q.run(["list", "--data-dir", other])
    #expect(after.stdout == before.stdout)
    #expect(!(try q.run(["list"]).stdout.contains("moved")), "the default folder is untouched")
  }

  @Test("--data-dir before a command with subcommands of its own (med add) reaches the subcommand")
  func globalOptionBeforeANestedCommand() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let other = q.home.appendingPathComponent("elsewhere").path
    let added = try q.run([
      "--data-dir", other, "med", "add", "paracetamol", "--as-needed", "--since", "2026-11-01",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(try q.run(["med", "list", "--data-dir", other]).stdout.contains("paracetamol"))
    #expect(!(try q.run(["med", "list"]).stdout.contains("paracetamol")), "the default folder is untouched")
  }

  @Test(
    "a mistyped command is named, with the nearest command suggested, exit 64",
    arguments: [("lst", "list"), ("exprot", "export"), ("reprot", "report"), ("lgo", "log")])
  func unknownCommand(typed: String, nearest: String) throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run([typed])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown command '\(typed)'"), "\(result.stderr)")
    #expect(result.stderr.contains("Did you mean '\(nearest)'?"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: q.journalFile.path), "nothing was created")
  }

  @Test("a word far from every command gets no guess, only the list")
  func unknownCommandWithoutGuess() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let result = try q.run(["xyzzyplugh"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown command 'xyzzyplugh'"))
    #expect(!result.stderr.contains("Did you mean"))
    #expect(result.stderr.contains("list"))
  }
}
