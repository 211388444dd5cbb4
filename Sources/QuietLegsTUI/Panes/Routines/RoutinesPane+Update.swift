import Foundation
import QuietLegsCore

/// What the routines pane's keys do, mode by mode: choosing, the safety note, a run, the end.
extension RoutinesPane {
  public mutating func handle(_ key: Key, at now: Moment) -> PaneResponse {
    switch screen {
    case .list: return handleListKey(key, at: now)
    case .safetyNote(let routine):
      guard let action = Self.safetyNoteKeys.action(for: key) else { return .ignored }
      switch action {
      case .start: start(routine, at: now)
      case .back: screen = .list
      }
      return .handled
    case .startPending(let routine):
      start(routine, at: now)
      return handle(key, at: now)
    case .running(let active):
      return handleRunKey(key, active: active, at: now)
    case .done:
      guard let action = Self.doneKeys.action(for: key) else { return .ignored }
      switch action {
      case .back: screen = .list
      }
      return .handled
    }
  }

  // MARK: - List

  private mutating func handleListKey(_ key: Key, at now: Moment) -> PaneResponse {
    if case .mouse(let event) = key { return handleListMouse(event) }
    guard let action = Self.listKeys.action(for: key), !routines.isEmpty else { return .ignored }
    let last = routines.count - 1
    switch action {
    case .move(.up): selection = max(0, selection - 1)
    case .move(.down): selection = min(last, selection + 1)
    case .move(.first): selection = 0
    case .move(.last): selection = last
    case .move(.left), .move(.right), .move(.pageUp), .move(.pageDown): return .ignored  // not bound
    case .start:
      let routine = routines[min(selection, last)]
      screen = Self.screenBeforeStarting(routine)
      if case .startPending = screen { start(routine, at: now) }
    }
    return .handled
  }

  /// A click on a routine selects it; the wheel moves the selection.
  private mutating func handleListMouse(_ event: MouseEvent) -> PaneResponse {
    guard !routines.isEmpty else { return .ignored }
    switch event.action {
    case .wheelUp: selection = max(0, selection - 1)
    case .wheelDown: selection = min(routines.count - 1, selection + 1)
    case .press(button: 0):
      let rows = bodySize.height - (services.routines.errors.isEmpty ? 0 : 1)
      let area = Rect(x: 0, y: 0, width: bodySize.width, height: rows)
      guard
        let index = RoutineListView.routine(
          at: event.x, event.y, selected: selection, count: routines.count, area: area)
      else { return .ignored }
      selection = index
    case .press, .release: return .ignored
    }
    return .handled
  }

  /// The safety note when the routine has one, otherwise a start as soon as the time is known.
  static func screenBeforeStarting(_ routine: Routine) -> RoutinesMode {
    if let safety = routine.safety, !safety.isEmpty { return .safetyNote(routine) }
    return .startPending(routine)
  }

  mutating func start(_ routine: Routine, at now: Moment) {
    screen = .running(ActiveRoutine(routine: routine, at: now))
  }

  // MARK: - Running

  private mutating func handleRunKey(_ key: Key, active: ActiveRoutine, at now: Moment) -> PaneResponse {
    var active = active
    if active.isAskingToStop {
      let effects = cueEffects(active.advance(to: now.monotonic))
      active.isAskingToStop = false
      if Self.stopQuestionKeys.action(for: key) == .confirm { active.stop(at: now.monotonic) }
      return .handled(effects + settle(active, at: now))
    }
    guard let action = Self.runKeys(paused: active.isPaused).action(for: key) else { return .ignored }
    let effects = cueEffects(active.advance(to: now.monotonic))
    switch action {
    case .pause: active.togglePause(at: now.monotonic)
    case .skip: active.skip(at: now.monotonic)
    case .back: active.back(at: now.monotonic)
    case .stop: active.isAskingToStop = true
    }
    return .handled(effects + settle(active, at: now))
  }

  /// A bell for cues, when the bell is on (one per batch: a late wake-up rings once).
  func cueEffects(_ cues: [RoutineCue]) -> [Effect] {
    services.signals.effects(for: cues, bell: services.bell)
  }

  /// Keeps a run that goes on; saves one that ended and moves on to the done screen or the list.
  mutating func settle(_ active: ActiveRoutine, at now: Moment) -> [Effect] {
    guard let outcome = active.outcome else {
      screen = .running(active)
      return []
    }
    let record = RoutineSessionRecorder(services: services).save(active, outcome: outcome, at: now)
    if services.signals.routineEnded(active.routine, outcome: outcome, stepsDone: active.stepsDone) {
      commandCheck = now.monotonic + .milliseconds(500)
    }
    switch outcome {
    case .completed, .skippedThrough:
      let seconds = Int((now.monotonic - active.run.startedAt).components.seconds)
      screen = .done(
        RoutineResult(
          routineName: active.routine.name, stepCount: active.routine.stepCount, stepsDone: active.stepsDone,
          seconds: seconds, saved: record.saved))
    case .stopped:
      screen = .list
    }
    return record.effects
  }
}
