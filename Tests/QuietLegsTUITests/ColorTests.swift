import Testing

@testable import QuietLegsTUI

@Suite struct ColorTests {
  @Test func parsesNamesIndexesAndHex() {
    #expect(TerminalColor(name: "default") == .terminalDefault)
    #expect(TerminalColor(name: "red") == .indexed(1))
    #expect(TerminalColor(name: "Bright-Cyan") == .indexed(14))
    #expect(TerminalColor(name: "grey") == .indexed(8))
    #expect(TerminalColor(name: "#b8874F") == .rgb(red: 0xB8, green: 0x87, blue: 0x4F))
    #expect(TerminalColor(index: 172) == .indexed(172))
    #expect(TerminalColor(index: 256) == nil)
    #expect(TerminalColor(name: "purple") == nil)
    #expect(TerminalColor(name: "#12345") == nil)
    #expect(TerminalColor(name: "#gg0000") == nil)
  }

  @Test func describesColoursAsThemesWriteThem() {
    #expect(TerminalColor.indexed(9).description == "bright-red")
    #expect(TerminalColor.rgb(red: 1, green: 2, blue: 255).description == "#0102ff")
    #expect(TerminalColor.indexed(200).description == "200")
  }

  @Test func downgradesTrueColourStepByStep() {
    let amber = TerminalColor.rgb(red: 0xD7, green: 0x87, blue: 0x00)
    #expect(amber.downgraded(to: .trueColor, isForeground: true) == amber)
    #expect(amber.downgraded(to: .palette256, isForeground: true) == .indexed(172))
    #expect(amber.downgraded(to: .sixteen, isForeground: true) == .indexed(3))
    #expect(amber.downgraded(to: .eight, isForeground: true) == .indexed(3))
    #expect(amber.downgraded(to: .none, isForeground: true) == .terminalDefault)
  }

  @Test func downgradesPaletteColours() {
    #expect(TerminalColor.indexed(196).downgraded(to: .sixteen, isForeground: true) == .indexed(9))
    #expect(TerminalColor.indexed(196).downgraded(to: .eight, isForeground: true) == .indexed(1))
    #expect(TerminalColor.indexed(8).downgraded(to: .eight, isForeground: true) == .indexed(7))
    #expect(TerminalColor.indexed(8).downgraded(to: .eight, isForeground: false) == .indexed(0))
    #expect(
      TerminalColor.indexed(250).downgraded(to: .trueColor, isForeground: true)
        == .rgb(red: 188, green: 188, blue: 188))
    #expect(TerminalColor.indexed(3).downgraded(to: .trueColor, isForeground: true) == .indexed(3))
    #expect(TerminalColor.terminalDefault.downgraded(to: .eight, isForeground: true) == .terminalDefault)
  }

  @Test func withoutColourABackgroundBecomesReverse() {
    let bar = RoleStyle(foreground: .indexed(0), background: .indexed(250), attributes: .bold)
    let mono = bar.downgraded(to: .none)
    #expect(mono == RoleStyle(attributes: [.bold, .reverse]))
    let plain = RoleStyle(foreground: .indexed(1), attributes: .underline)
    #expect(plain.downgraded(to: .none) == RoleStyle(attributes: .underline))
  }

  @Test func capabilityFromColourCountAndNoColor() {
    #expect(ColorCapability.detect(colorCount: 0x1000000, environment: [:]) == .trueColor)
    #expect(ColorCapability.detect(colorCount: 256, environment: [:]) == .palette256)
    #expect(ColorCapability.detect(colorCount: 16, environment: [:]) == .sixteen)
    #expect(ColorCapability.detect(colorCount: 8, environment: [:]) == .eight)
    #expect(ColorCapability.detect(colorCount: 2, environment: [:]) == .none)
    #expect(ColorCapability.detect(colorCount: 256, environment: ["NO_COLOR": "1"]) == .none)
    #expect(ColorCapability.detect(colorCount: 256, environment: ["NO_COLOR": ""]) == .palette256)
  }

  @Test func colourPairsAreReusedAndBounded() {
    var table = ColorPairTable(capacity: 3)
    let red = ColorPairTable.Colors(foreground: 1, background: -1)
    let green = ColorPairTable.Colors(foreground: 2, background: -1)
    let blue = ColorPairTable.Colors(foreground: 4, background: -1)
    #expect(table.pair(for: ColorPairTable.Colors(foreground: -1, background: -1)) == (0, false))
    #expect(table.pair(for: red) == (1, true))
    #expect(table.pair(for: red) == (1, false))
    #expect(table.pair(for: green) == (2, true))
    #expect(table.pair(for: blue) == (0, false))
    #expect(table.count == 2)
  }
}
