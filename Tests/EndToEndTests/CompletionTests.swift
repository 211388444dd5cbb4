import Foundation
import Testing

/// Shell completions complete values, not only option names (issue 17).
@Suite("Shell completions")
struct CompletionTests {
  func script(_ shell: String, _ q: QuietLegsProcess) throws -> String {
    let result = try q.run(["--generate-completion-script", shell])
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func fixedValuesAndFilesAreInEveryScript(shell: String) throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let text = try script(shell, q)
    for word in [
      "cramp", "twitch", "left", "both", "calf", "hamstring", "insights", "ferritin", "tsat", "ics",
    ] {
      #expect(text.contains(word), "\(shell) offers \(word)")
    }
    for custom in [
      "---completion check", "---completion uncheck", "---completion factors", "---completion routine",
    ] {
      #expect(text.contains(custom), "\(shell) asks the program: \(custom)")
    }
    #expect(text.contains("---completion tui -- --theme"), "\(shell) asks the program for themes")
    let files: [String: String] = [
      "bash": "-fX '!*.@(json|csv)'", "zsh": "_files -g", "fish": "set -l exts \\'json\\' \\'csv\\'",
    ]
    #expect(text.contains(files[shell]!), "\(shell) completes file names for import")
  }

  @Test func theProgramNamesThemesRoutinesCausesAndFactors() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let config = q.home.appendingPathComponent("config/quietlegs")
    try FileManager.default.createDirectory(
      at: config.appendingPathComponent("themes"), withIntermediateDirectories: true)
    try Data("description = \"mine\"\n".utf8).write(to: config.appendingPathComponent("themes/dusk.toml"))
    try Data("factors = [\"sauna\"]\n".utf8).write(to: config.appendingPathComponent("config.toml"))

    func complete(_ command: String, _ argument: String, _ prefix: String) throws -> [String] {
      let result = try q.run([
        "---completion", command, "--", argument, "2", "\(prefix.count)", "quietlegs", command, prefix,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout.split(separator: "\n").map(String.init)
    }
    #expect(try complete("tui", "--theme", "").contains("dusk"), "a user's theme is offered")
    #expect(try complete("tui", "--theme", "").contains("night"))
    #expect(try complete("routine", "positional@0", "c") == ["calf-stretches", "cramp-rescue"])
    #expect(try complete("check", "positional@0", "iron") == ["iron-deficiency"])
    #expect(
      try complete("factors", "positional@0", "").contains("sauna"), "a factor from config.toml is offered")
    #expect(try complete("factors", "positional@0", "alc") == ["alcohol"])
  }

  @Test func bashCompletesARoutineIdThroughTheProgram() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let file = q.home.appendingPathComponent("quietlegs.bash")
    try Data(try script("bash", q).utf8).write(to: file)
    let binary = QuietLegsProcess.binary.path
    let probe = """
      source '\(file.path)'
      COMP_WORDS=('\(binary)' routine c); COMP_CWORD=2
      COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
      _quietlegs; printf '%s\\n' "${COMPREPLY[@]}"
      """
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/bash")
    shell.arguments = ["-c", probe]
    shell.environment = q.environment
    let out = Pipe()
    shell.standardOutput = out
    try shell.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    #expect(text.split(separator: "\n") == ["calf-stretches", "cramp-rescue"], "\(text)")
  }
}
