import Testing

@testable import QuietLegsTUI

@Suite struct KeymapTests {
  @Test func arrowsAndViLettersMapToTheSameAction() {
    let map = Keymap.movement
    #expect(map.action(for: .up) == .moveUp)
    #expect(map.action(for: .character("k")) == .moveUp)
    #expect(map.action(for: .down) == .moveDown)
    #expect(map.action(for: .character("j")) == .moveDown)
    #expect(map.action(for: .left) == .moveLeft)
    #expect(map.action(for: .character("h")) == .moveLeft)
    #expect(map.action(for: .right) == .moveRight)
    #expect(map.action(for: .character("l")) == .moveRight)
    #expect(map.action(for: .character("x")) == nil)
  }

  @Test func globalKeys() {
    let map = Keymap.global
    #expect(map.action(for: .character("1")) == .showCalendar)
    #expect(map.action(for: .character("2")) == .showCauses)
    #expect(map.action(for: .character("3")) == .showRoutines)
    #expect(map.action(for: .tab) == .nextPane)
    #expect(map.action(for: .backTab) == .previousPane)
    #expect(map.action(for: .character("?")) == .help)
    #expect(map.action(for: .character("q")) == .quit)
    #expect(map.action(for: .control("l")) == .repaint)
  }

  @Test func noKeyIsBoundTwiceInTheStandardMaps() {
    for map in [Keymap.global, .movement, .helpOverlay, .confirmQuit] {
      #expect(map.conflictingKeys.isEmpty, "\(map.title)")
    }
    let panes: [any Pane] = Fixtures.standardPanes()
    for pane in panes {
      #expect(pane.keymap.merged(with: .global).conflictingKeys.isEmpty, "\(pane.title)")
    }
  }

  @Test func keyLabels() {
    #expect(KeyBinding(.moveUp, keys: [.up, .character("k")], label: "", help: "").keyLabel == "↑/k")
    #expect(Key.control("l").label == "^L")
    #expect(Key.backTab.label == "S-Tab")
    #expect(Key.character(" ").label == "Space")
    #expect(Key.function(5).label == "F5")
  }

  @Test func footerKeepsHelpWhenNarrow() {
    let wide = FooterBar.entries(for: [Keymap.global], width: 80).map(\.label)
    #expect(wide == ["panes", "help", "quit"])
    let narrow = FooterBar.entries(for: [Keymap.global], width: 8).map(\.label)
    #expect(narrow == ["help"])
  }
}
