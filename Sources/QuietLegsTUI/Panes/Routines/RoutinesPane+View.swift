import QuietLegsCore

/// Drawing the routines pane: the list (with routines that did not load), a safety note, a run,
/// or the calm screen after one.
extension RoutinesPane {
  public func render(into buffer: inout Buffer, area: Rect) {
    switch screen {
    case .list, .startPending:
      let problems = services.routines.errors
      let listArea =
        problems.isEmpty
        ? area : Rect(x: area.x, y: area.y, width: area.width, height: max(0, area.height - 1))
      RoutineListView(routines: routines, selected: selection).render(into: &buffer, area: listArea)
      if let first = problems.first, area.height > 1 {
        let more = problems.count > 1 ? " (+\(problems.count - 1) more)" : ""
        buffer.write(
          "Not loaded: \(first)\(more); `quietlegs routines` lists them.", x: area.x + 1, y: area.maxY - 1,
          width: area.width - 2, role: .warning)
      }
    case .safetyNote(let routine):
      SafetyNoteView(routine: routine).render(into: &buffer, area: area)
    case .running(let active):
      RoutineRunView(active: active).render(into: &buffer, area: area)
    case .done(let result):
      RoutineDoneView(result: result).render(into: &buffer, area: area)
    }
  }
}
