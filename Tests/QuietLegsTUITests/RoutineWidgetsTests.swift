import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The small parts of the run screen: time text, large digits, progress bars, the layout fallback.
@Suite struct RoutineWidgetsTests {
  @Test func clockAndLengthTexts() {
    #expect(RoutineTimeText.clock(0) == "0:00")
    #expect(RoutineTimeText.clock(65) == "1:05")
    #expect(RoutineTimeText.clock(3723) == "1:02:03")
    #expect(RoutineLengthText.length(45) == "45 s")
    #expect(RoutineLengthText.length(60) == "1 min")
    #expect(RoutineLengthText.length(61) == "2 min")
    // The list's length of a very long routine reads in hours, not `12990 min`.
    #expect(RoutineLengthText.length(12_990 * 60) == "216 h 30 min")
  }

  @Test func bigDigitsAreSixColumnsWideWithAGap() {
    #expect(BigDigits.width(of: "0:03") == 6 + 1 + 2 + 1 + 6 + 1 + 6)
    #expect(BigDigits.canDraw("12:59"))
    #expect(!BigDigits.canDraw("1 min"))
    var buffer = Buffer(width: 6, height: 5)
    BigDigits(text: "7").render(into: &buffer, area: buffer.area)
    #expect(buffer.lines() == ["██████", "    ██", "    ██", "    ██", "    ██"])
    #expect(buffer[0, 0].role == .bigdigits)
  }

  @Test("the time left beside a bar keeps a gap and is never cut, at the smallest width")
  func barValueKeepsAGap() {
    for value in ["under 1 min left", "120 min left", "3 min left"] {
      var buffer = Buffer(width: 58, height: 1)
      RunScreenLine.bar(label: "Step", fraction: 1, value: value).draw(
        into: &buffer, x: 0, y: 0, width: 58, largeClock: false)
      #expect(buffer.text().contains("█ \(value)"), "\(buffer.text())")
    }
  }

  @Test func progressBarFillsWholeCellsAndClamps() {
    #expect(ProgressBar.filledColumns(fraction: 0.5, width: 10) == 5)
    #expect(ProgressBar.filledColumns(fraction: 0.99, width: 10) == 9, "full only when really done")
    #expect(ProgressBar.filledColumns(fraction: 2, width: 10) == 10)
    #expect(ProgressBar.filledColumns(fraction: .nan, width: 10) == 0)
    var buffer = Buffer(width: 4, height: 1)
    ProgressBar(fraction: 0.5).render(into: &buffer, area: buffer.area)
    #expect(buffer.lines() == ["██░░"])
    #expect(buffer[0, 0].role == .progress)
    #expect(buffer[3, 0].role == .progressTrack)
  }

  @Test func aShortAreaGetsThePlainClock() {
    var pane = RoutineTestSupport.runningQuick()
    _ = pane.tick(at: RoutineTestSupport.at(2.5))
    guard let active = pane.active else {
      Issue.record("not running")
      return
    }
    var small = Buffer(width: 60, height: 10)
    RoutineRunView(active: active).render(into: &small, area: small.area)
    #expect(small.text().contains("0:03"))
    #expect(small.lines().filter { $0.contains("█") }.count <= 2, "only the two bars use blocks")
    var large = Buffer(width: 80, height: 21)
    RoutineRunView(active: active).render(into: &large, area: large.area)
    #expect(large.lines().filter { $0.contains("█") }.count == 2 + BigDigits.height)
  }
}

@Suite struct RoutineClockShapeTests {
  @Test(
    "the clock keeps the width it started the phase with",
    arguments: [
      (599, 600, "09:59"), (600, 600, "10:00"), (5, 600, "00:05"), (59, 60, "0:59"), (3599, 3600, "0:59:59"),
      (7199, 7200, "1:59:59"), (29, 30, "0:29"),
    ])
  func shape(remaining: Int, start: Int, expected: String) {
    #expect(RoutineTimeText.clock(remaining, shapedLike: start) == expected)
  }
}
