/// Actions of the routines pane.
extension Action {
  static let startRoutine = Action("start-routine")
  static let pauseRoutine = Action("pause-routine")
  static let skipStep = Action("skip-step")
  static let previousStep = Action("previous-step")
  static let stopRoutine = Action("stop-routine")
}
