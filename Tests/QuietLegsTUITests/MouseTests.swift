import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The mouse (`mouse = true`): the decoder reads SGR reports; a click selects a night or a pane
/// tab, the wheel turns months and episodes.
@Suite("Mouse")
struct MouseTests {
  func keys(_ text: String) -> [Key] { InputDecoderTests().keys(text) }

  @Test("SGR reports decode to clicks, releases and the wheel at 0-based cells")
  func decoder() {
    #expect(keys("\u{1B}[<0;12;5M") == [.mouse(MouseEvent(.press(button: 0), x: 11, y: 4))])
    #expect(keys("\u{1B}[<0;12;5m") == [.mouse(MouseEvent(.release, x: 11, y: 4))])
    #expect(keys("\u{1B}[<2;1;1M") == [.mouse(MouseEvent(.press(button: 2), x: 0, y: 0))])
    #expect(
      keys("\u{1B}[<64;3;4M\u{1B}[<65;3;4M") == [
        .mouse(MouseEvent(.wheelUp, x: 2, y: 3)), .mouse(MouseEvent(.wheelDown, x: 2, y: 3)),
      ])
    // Ctrl held (16) is still a click; a report split over two reads is one event.
    #expect(keys("\u{1B}[<16;300;100M") == [.mouse(MouseEvent(.press(button: 0), x: 299, y: 99))])
    var decoder = InputDecoder()
    #expect(decoder.feed(Array("\u{1B}[<0;1".utf8)).isEmpty)
    #expect(
      decoder.feed(Array("0;2Mq".utf8)) == [
        .mouse(MouseEvent(.press(button: 0), x: 9, y: 1)), .character("q"),
      ])
    // Malformed: never Esc plus letters that would run as commands.
    #expect(keys("\u{1B}[<0;0;5M") == [.unknown])
    #expect(keys("\u{1B}[<32;1;1M") == [.unknown], "motion is not asked for")
  }

  @Test("a click on a tab shows its pane; a click on a night selects it")
  func clicks() {
    var harness = CalendarHarness()
    harness.seedSpring()
    var model = Fixtures.model(panes: Fixtures.standardPanes(harness.services))
    _ = model.update(.resize(width: 80, height: 24))
    let header = Fixtures.screen(model, width: 80, height: 24).split(separator: "\n")[0]
    let causesX = header.distance(from: header.startIndex, to: header.range(of: "2 Causes")!.lowerBound)
    _ = model.update(.key(.mouse(MouseEvent(.press(button: 0), x: causesX + 2, y: 0))))
    #expect(model.focusedPane.id == .causes)

    // The calendar: 7 May is in the second week row, second column (Monday weeks).
    harness.press(.mouse(MouseEvent(.press(button: 0), x: 0, y: 0)))  // no crash before a resize
    _ = harness.model.update(.resize(width: 80, height: 24))
    let screen = harness.screen().split(separator: "\n")
    let row = try! #require(screen.firstIndex { $0.contains(" 7▓²") })
    let column = screen[row].distance(
      from: screen[row].startIndex, to: screen[row].range(of: " 7▓²")!.lowerBound)
    harness.press(.mouse(MouseEvent(.press(button: 0), x: column + 1, y: row)))
    #expect(harness.pane.selected == CalendarHarness.night("2024-05-07"))
    harness.press(.mouse(MouseEvent(.press(button: 0), x: 1, y: 0)))  // the header: nothing
    #expect(harness.pane.selected == CalendarHarness.night("2024-05-07"))
  }

  @Test("the wheel over the grid turns months, over the list the episodes")
  func wheel() {
    var harness = CalendarHarness()
    harness.seedSpring()
    _ = harness.model.update(.resize(width: 80, height: 24))
    harness.press(.mouse(MouseEvent(.wheelUp, x: 10, y: 5)))
    #expect(harness.pane.selected == CalendarHarness.night("2024-04-14"))
    harness.press(.mouse(MouseEvent(.wheelDown, x: 10, y: 5)), .mouse(MouseEvent(.wheelDown, x: 10, y: 5)))
    #expect(harness.pane.selected == CalendarHarness.night("2024-06-14"))
  }

  /// Clicks the first screen cell showing `text`, on a model at 80x24.
  static func click(_ text: String, in model: inout AppModel, wheel: MouseEvent.Action? = nil) {
    let lines = Fixtures.screen(model, width: 80, height: 24).split(
      separator: "\n", omittingEmptySubsequences: false)
    guard let row = lines.firstIndex(where: { $0.contains(text) }) else {
      Issue.record("\(text) is not on the screen")
      return
    }
    let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: text)!.lowerBound)
    _ = model.update(.key(.mouse(MouseEvent(wheel ?? .press(button: 0), x: column + 1, y: row))))
  }

  @Test("a click selects a cause and a routine; the wheel moves through them")
  func causesAndRoutines() {
    var model = Fixtures.model(focused: .causes)
    _ = model.update(.resize(width: 80, height: 24))
    Self.click("Low magnesium", in: &model)
    #expect((model.focusedPane as! CausesPane).selection == .cause("low-magnesium"))
    Self.click("Blood calcium", in: &model, wheel: .wheelDown)
    #expect((model.focusedPane as! CausesPane).selection != .cause("low-magnesium"))

    _ = model.update(.key(.character("3")))
    Self.click("Cramp rescue", in: &model)
    #expect((model.focusedPane as! RoutinesPane).selection == 2)
    Self.click("Cramp rescue", in: &model, wheel: .wheelUp)
    #expect((model.focusedPane as! RoutinesPane).selection == 1)
  }
}
