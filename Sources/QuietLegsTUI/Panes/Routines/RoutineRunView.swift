import QuietLegsCore

/// The run screen: step title and cue, a large countdown, the repeat and side, the 3-2-1,
/// progress bars for the step and the whole routine, and what comes next. The column is
/// centred; on a short screen the spacers go first, then the clock shrinks to one row.
struct RoutineRunView: Widget {
  let active: ActiveRoutine

  /// The widest the column grows on large screens.
  static let maximumWidth = 72
  /// Most rows a cue may wrap onto.
  static let maximumCueRows = 2

  func render(into buffer: inout Buffer, area: Rect) {
    let width = min(area.width - 4, Self.maximumWidth)
    guard width > 0, area.height > 0 else { return }
    let x = area.x + (area.width - width) / 2
    let lines = Self.lines(for: active, width: width)
    let clock = Self.phaseClock(active.snapshot)
    let layouts = [(large: true, spacers: true), (true, false), (false, true), (false, false)].filter {
      !$0.large || (BigDigits.canDraw(clock) && BigDigits.width(of: clock) <= width)
    }
    let layout =
      layouts.first { Self.height(of: lines, largeClock: $0.large, spacers: $0.spacers) <= area.height }
      ?? (large: false, spacers: false)
    let shown = layout.spacers ? lines : lines.filter { $0 != .spacer }
    var y =
      area.y + max(0, (area.height - Self.height(of: shown, largeClock: layout.large, spacers: true)) / 2)
    for line in shown where y < area.maxY {
      line.draw(into: &buffer, x: x, y: y, width: width, largeClock: layout.large)
      y += line.height(largeClock: layout.large)
    }
    if active.isFlashing { buffer.style(area, role: .flash) }
  }

  static func height(of lines: [RunScreenLine], largeClock: Bool, spacers: Bool) -> Int {
    lines.filter { spacers || $0 != .spacer }.reduce(0) { $0 + $1.height(largeClock: largeClock) }
  }

  /// The screen's lines, top to bottom.
  static func lines(for active: ActiveRoutine, width: Int) -> [RunScreenLine] {
    let snapshot = active.snapshot
    let phase = snapshot.phase
    var lines: [RunScreenLine] = [
      .text("\(active.routine.name) · step \(phase.stepIndex + 1) of \(snapshot.stepCount)", role: .muted),
      .spacer,
      .text(phase.isRest ? "Rest" : phase.title, role: .title, attributes: .bold),
    ]
    let cue = phase.isRest ? "Let the leg go loose and breathe out slowly." : phase.cue
    lines += TextWrap.lines(cue, width: width).prefix(maximumCueRows).map { .text($0, role: .text) }
    lines += [
      .spacer,
      .clock(phaseClock(snapshot)),
      .spacer,
      .centered(repeatText(for: phase), role: .accent),
      signalLine(for: active),
      .spacer,
      .bar(
        label: "Step", fraction: active.stepProgress,
        value: RoutineTimeText.remaining(active.stepRemainingSeconds)),
      .bar(
        label: "Routine", fraction: snapshot.routineProgress,
        value: RoutineTimeText.remaining(snapshot.remainingRoutineSeconds)),
      .spacer,
      .text(nextText(for: snapshot), role: .muted),
    ]
    return lines
  }

  /// "Repeat 2 of 10 · left leg" for a hold; what was just done for a rest.
  static func repeatText(for phase: RoutinePhase) -> String {
    if phase.isRest { return "Repeat \(phase.repetition) of \(phase.repetitions) done" }
    var parts: [String] = []
    if phase.repetitions > 1 { parts.append("Repeat \(phase.repetition) of \(phase.repetitions)") }
    if let side = phase.side { parts.append(legName(side)) }
    return parts.joined(separator: " · ")
  }

  /// The stop question, the pause notice, the 3-2-1, or an empty row.
  static func signalLine(for active: ActiveRoutine) -> RunScreenLine {
    if active.isAskingToStop {
      return .centered(
        "Stop here? Esc or y stops; any other key carries on.", role: .warning, attributes: .bold)
    }
    if active.isPaused { return .centered("Paused. Space carries on.", role: .warning) }
    let snapshot = active.snapshot
    let left = snapshot.remainingSeconds
    if !snapshot.phase.isRest, (1...3).contains(left), left < snapshot.phase.seconds {
      return .countdown(current: left)
    }
    return .centered("", role: .text)
  }

  /// What follows the current phase.
  static func nextText(for snapshot: RoutineSnapshot) -> String {
    guard let next = snapshot.nextPhase else { return "Next: the end of the routine" }
    if next.isRest { return "Next: rest for \(RoutineLengthText.length(next.seconds))" }
    guard next.stepIndex == snapshot.phase.stepIndex else { return "Next: \(next.title)" }
    let side = next.side.map { ", " + legName($0) } ?? ""
    return "Next: repeat \(next.repetition) of \(next.repetitions)\(side)"
  }

  static func legName(_ side: RoutineSide) -> String {
    switch side {
    case .left: return "left leg"
    case .right: return "right leg"
    case .alternate: return "each leg in turn"
    }
  }

  /// The countdown, as wide all through the phase as at its start (`09:59` after `10:00`), so the
  /// clock never moves on the screen and each second redraws only the dots that change.
  static func phaseClock(_ snapshot: RoutineSnapshot) -> String {
    RoutineTimeText.clock(snapshot.remainingSeconds, shapedLike: snapshot.phase.seconds)
  }
}
