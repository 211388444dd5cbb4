import Testing

@testable import QuietLegsTUI

@Suite struct KeymapTests {
  @Test func arrowsAndViLettersMapToTheSameAction() {
    let map = Movement.keys
    #expect(map.action(for: .up) == .up)
    #expect(map.action(for: .character("k")) == .up)
    #expect(map.action(for: .down) == .down)
    #expect(map.action(for: .character("j")) == .down)
    #expect(map.action(for: .left) == .left)
    #expect(map.action(for: .character("h")) == .left)
    #expect(map.action(for: .right) == .right)
    #expect(map.action(for: .character("l")) == .right)
    #expect(map.action(for: .character("x")) == nil)
  }

  @Test func globalKeys() {
    let map = GlobalAction.keys
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
    for map in [GlobalAction.keys.table, Movement.keys.table, HelpAction.keys.table, Answer.quitKeys.table] {
      #expect(map.conflictingKeys.isEmpty, "\(map.title)")
    }
    let panes: [any Pane] = Fixtures.standardPanes()
    for pane in panes {
      #expect(pane.keyTable.merged(with: GlobalAction.keys.table).conflictingKeys.isEmpty, "\(pane.title)")
    }
  }

  @Test func keyLabels() {
    #expect(KeyBinding(Movement.up, keys: [.up, .character("k")], label: "", help: "").keyLabel == "↑/k")
    #expect(Key.control("l").label == "^L")
    #expect(Key.backTab.label == "S-Tab")
    #expect(Key.character(" ").label == "Space")
    #expect(Key.function(5).label == "F5")
  }

  /// The help and quit keys always stay; the others give way.
  @Test func footerKeepsHelpAndQuitWhenNarrow() {
    let wide = FooterBar.entries(for: [GlobalAction.keys.table], width: 80).map(\.label)
    #expect(wide == ["panes", "help", "quit"])
    let narrow = FooterBar.entries(for: [GlobalAction.keys.table], width: 8).map(\.label)
    #expect(narrow == ["help", "quit"])
  }
}
