import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Browsing, filtering, ticking and notes in the causes pane, over a real journal.
@Suite struct CausesPaneTests {
  @Test func filterNarrowsAsYouTypeEscClearsEnterKeeps() {
    var harness = CausesHarness()
    let all = harness.shownCauseIDs.count
    harness.press(.character("/"))
    harness.type("ferritin")
    #expect(harness.shownCauseIDs.first == "iron-deficiency")
    #expect(harness.shownCauseIDs.count < 5)
    harness.press(.escape)
    #expect(harness.shownCauseIDs.count == all)
    harness.press(.character("/"))
    harness.type("cold")
    harness.press(.enter)
    #expect(harness.pane.filter == "cold")
    #expect(!harness.shownCauseIDs.isEmpty && harness.shownCauseIDs.count < all)
    #expect(harness.pane.selection == .cause(harness.shownCauseIDs[0]), "the first match is selected")
    harness.press(.escape)
    #expect(harness.shownCauseIDs.count == all, "Esc in the list clears a kept filter")
  }

  @Test func filterThatMatchesNothingSaysSo() {
    var harness = CausesHarness()
    harness.press(.character("/"))
    harness.type("zebra")
    #expect(harness.shownCauseIDs.isEmpty)
    #expect(harness.screen().contains("No cause matches “zebra”."))
  }

  @Test func textFieldsTakeKeysThatAreGlobalElsewhere() {
    var harness = CausesHarness()
    harness.press(.character("/"))
    #expect(harness.press(.character("q")).isEmpty, "q types instead of quitting")
    harness.type("2?")
    #expect(harness.model.overlay == nil)
    #expect(harness.model.focusedPane.id == .causes)
    harness.press(.tab)
    #expect(harness.model.focusedPane.id == .causes, "Tab does not switch panes while typing")
    #expect(harness.pane.activeFilter == "q2?")
  }

  @Test func mineOnlyShowsTickedCauses() {
    var harness = CausesHarness()
    harness.press(.character("m"))
    #expect(harness.shownCauseIDs.isEmpty)
    #expect(harness.screen().contains("Nothing ticked yet"))
    harness.press(.character("m"))
    harness.select("alcohol")
    harness.press(.character(" "))
    harness.select("statins")
    harness.press(.character(" "))
    harness.press(.character("m"))
    #expect(harness.shownCauseIDs == ["alcohol", "statins"])
    #expect(harness.screen().contains("only mine (m)"))
  }

  @Test func tickIsSavedWithItsDateAndSurvivesARestart() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.select("caffeine")
    let effects = harness.press(.character(" "))
    #expect(effects.isEmpty, "the frame handles journalChanged and status itself")
    #expect(harness.model.status?.text == "Ticked “Caffeine late in the day” on 2024-05-14.")
    let entry = try services.journal.checklist()["caffeine"]
    #expect(entry?.ticked == true)
    #expect(entry?.tickedOn == CivilDate("2024-05-14"))

    var restarted = CausesPane(services: services)
    restarted.willAppear(at: Fixtures.moment)
    #expect(restarted.data.isTicked("caffeine"))
    var buffer = Buffer(width: 80, height: 21)
    restarted.render(into: &buffer, area: buffer.area)
    #expect(buffer.text().contains("[x] Caffeine late in the day"))

    harness.press(.character(" "))
    #expect(
      try services.journal.checklist()["caffeine"] == nil, "unticked with no note leaves nothing behind")
  }

  @Test func spaceOnAPseudoRowExplainsInsteadOfTicking() {
    var harness = CausesHarness()
    harness.press(.character("D"), .character(" "))
    #expect(harness.model.status?.kind == .warning)
    #expect(harness.pane.data.checklist.isEmpty)
  }

  @Test func noteIsSavedWithEnterAndLeftAloneWithEsc() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.select("statins")
    harness.press(.character("N"))
    harness.type("started in May")
    harness.press(.enter)
    #expect(try services.journal.checklist()["statins"]?.note == "started in May")
    #expect(try services.journal.checklist()["statins"]?.ticked == false, "a note does not tick")
    harness.press(.character("N"), .control("u"))
    harness.type("changed my mind")
    harness.press(.escape)
    #expect(try services.journal.checklist()["statins"]?.note == "started in May")
    #expect(harness.screen(width: 120, height: 40).contains("Your note: started in May"))
  }

  @Test func detailScrollsByPagesAndStopsAtTheEnd() {
    var harness = CausesHarness()
    _ = harness.screen()
    harness.press(.pageDown)
    let first = harness.pane.detailScroll
    #expect(first > 0)
    for _ in 0..<10 { harness.press(.pageDown) }
    _ = harness.screen()
    let end = harness.pane.detailScroll
    #expect(end == harness.pane.detailPage.maximumScroll)
    #expect(harness.screen().contains("IRLSSG 2018"), "the sources are at the end")
    #expect(!harness.screen().contains("irlssg-2018"), "never the internal id")
    harness.press(.pageUp)
    #expect(harness.pane.detailScroll < end)
  }

  @Test("paging moves by the body's page before anything is drawn: drawing writes nothing back")
  func pagingNeedsNoDrawingFirst() {
    var harness = CausesHarness()
    harness.press(.pageDown)
    #expect(harness.pane.detailScroll == harness.pane.detailPage.height)
    let before = harness.pane.detailScroll
    _ = harness.screen(width: 120, height: 40)
    #expect(harness.pane.detailScroll == before)
    #expect(harness.pane.detailPage.height == 21 - 2 - 2, "an 80x24 screen: a 21-row body, 19-row panel")
  }

  @Test func keymapHasNoConflictsAndDrivesTheFooter() {
    for keymap in CausesPane.keyTables {
      #expect(keymap.conflictingKeys.isEmpty, "\(keymap.title)")
    }
    let harness = CausesHarness()
    #expect(harness.screen().split(separator: "\n").last?.contains("Space tick  N note  / filter") == true)
  }

  @Test(arguments: [(60, 16), (61, 17), (200, 60)])
  func everyModeDrawsAtAnyUsableSize(width: Int, height: Int) {
    for opening in [Key.character("/"), .character("N"), .character("L"), .character("Q")] {
      var harness = CausesHarness()
      harness.press(opening)
      let lines = harness.screen(width: width, height: height).split(
        separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == height)
      #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width })
    }
  }
}

@Suite struct CausesLazyLoadingTests {
  @Test("the pane reads nothing until it first shows, then everything")
  func readsOnFirstShowing() throws {
    let services = Fixtures.services()
    try services.journal.setTicked("caffeine", true, on: CivilDate("2024-05-01")!)
    var pane = CausesPane(services: services)
    #expect(!pane.loaded)
    pane.reload(at: Fixtures.moment)
    #expect(!pane.loaded, "a journal change before the first showing reads nothing")
    pane.willAppear(at: Fixtures.moment)
    #expect(pane.data.isTicked("caffeine"))
  }
}
