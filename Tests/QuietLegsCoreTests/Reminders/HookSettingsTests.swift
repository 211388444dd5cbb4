import Foundation
import QuietLegsCore
import Testing

/// `on_routine_done`, `sound` and `sound_command` in config.toml.
@Suite struct HookSettingsTests {
  func parse(_ text: String) throws(TOMLFileError) -> Settings {
    try Settings.parse(text, file: "config.toml")
  }

  @Test func commandsAreSplitIntoWordsAndSoundChosen() throws {
    let settings = try parse(
      """
      on_routine_done = "notify-send 'Routine over'"
      sound = "command"
      sound_command = "paplay /usr/share/sounds/freedesktop/stereo/bell.oga"
      """)
    #expect(settings.hooks.onRoutineDone == ["notify-send", "Routine over"])
    #expect(
      settings.hooks.sound(bell: true)
        == .command(["paplay", "/usr/share/sounds/freedesktop/stereo/bell.oga"]))
    #expect(try parse("sound = \"none\"").hooks.sound(bell: true) == RoutineSound.none)
    #expect(
      try parse("sound = \"bell\"\nbell = false").hooks.sound(bell: false) == .bell, "sound wins over bell")
    #expect(
      try parse("bell = false").hooks.sound(bell: false) == RoutineSound.none, "without sound, bell decides")
    #expect(try parse("").hooks.sound(bell: true) == .bell)
    #expect(
      try parse("sound_command = \"aplay x.wav\"").hooks.sound(bell: true) == .command(["aplay", "x.wav"]))
  }

  @Test func aWrongHookValueLeavesTheOtherSettingsAsTheyAre() {
    let file = Settings.read(
      "sound = \"loud\"\non_routine_done = \"say 'hi\"\nweek_starts = \"sunday\"\n", file: "c")
    #expect(file.settings.weekStart == .sunday)
    #expect(file.settings.hooks == HookSettings())
    #expect(file.problems.compactMap(\.line).sorted() == [1, 2])
  }

  @Test func mistakesNameTheKeyTheLineAndWhatIsAllowed() {
    #expect(
      throws: TOMLFileError(
        file: "config.toml", line: 2, message: "sound must be \"bell\", \"none\" or \"command\"")
    ) {
      try parse("theme = \"night\"\nsound = \"loud\"")
    }
    #expect(throws: TOMLFileError.self) { try parse("sound = \"command\"") }
    #expect(
      throws: TOMLFileError(
        file: "config.toml", line: 1, message: "on_routine_done: a ' quote is not closed in 'say 'hi'")
    ) { try parse("on_routine_done = \"say 'hi\"") }
    #expect(throws: TOMLFileError.self) { try parse("on_routine_done = 3") }
  }
}
