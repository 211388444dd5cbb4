import QuietLegsTUI
import Testing

@Suite("COLORTERM=truecolor asks for a direct-colour terminal type")
struct DirectColorTerminalTests {
  @Test func truecolorPicksTheDirectVariant() {
    let env = ["COLORTERM": "truecolor"]
    #expect(DirectColorTerminal.type(for: "xterm-256color", environment: env) == "xterm-direct")
    #expect(
      DirectColorTerminal.type(for: "tmux-256color", environment: ["COLORTERM": "24bit"]) == "tmux-direct")
    #expect(DirectColorTerminal.type(for: "xterm", environment: env) == "xterm-direct")
    #expect(DirectColorTerminal.type(for: "xterm-direct", environment: env) == nil)
  }

  @Test func withoutTruecolorOrWithNoColorNothingChanges() {
    #expect(DirectColorTerminal.type(for: "xterm-256color", environment: [:]) == nil)
    #expect(DirectColorTerminal.type(for: "xterm-256color", environment: ["COLORTERM": "yes"]) == nil)
    let both = ["COLORTERM": "truecolor", "NO_COLOR": "1"]
    #expect(DirectColorTerminal.type(for: "xterm-256color", environment: both) == nil)
  }
}
