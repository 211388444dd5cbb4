import QuietLegsCore
import Testing

/// `mouse = true` in config.toml: off by default, a wrong value reported on its line.
@Suite("Settings: mouse")
struct MouseSettingTests {
  @Test("off by default, on with mouse = true")
  func readsTheSetting() {
    #expect(Settings().mouse == false)
    #expect(Settings.read("mouse = true\n", file: "c").settings.mouse)
    #expect(Settings.read("mouse = false\n", file: "c").settings.mouse == false)
  }

  @Test("a wrong value is reported on its line and the rest is kept")
  func wrongValue() {
    let file = Settings.read("theme = \"night\"\nmouse = \"yes\"\n", file: "c")
    #expect(file.settings.mouse == false && file.settings.theme == "night")
    #expect(file.problems.map(\.line) == [2])
    #expect(
      file.problems.first?.description.contains("mouse must be true or false") == true, "\(file.problems)")
  }
}
