/// The calendar pane's own actions (movement reuses the shared `move-*` actions).
extension Action {
  static let calendarPreviousMonth = Action("calendar-previous-month")
  static let calendarNextMonth = Action("calendar-next-month")
  static let calendarTonight = Action("calendar-tonight")
  static let calendarNextEpisode = Action("calendar-next-episode")
  static let calendarPreviousEpisode = Action("calendar-previous-episode")
  static let calendarQuickLog = Action("calendar-quick-log")
  static let calendarAdd = Action("calendar-add")
  static let calendarEdit = Action("calendar-edit")
  static let calendarDelete = Action("calendar-delete")
  static let calendarUndo = Action("calendar-undo")
  static let calendarFactors = Action("calendar-factors")

  // Inside the episode form and the factor checklist.
  static let formSave = Action("form-save")
  static let formNextField = Action("form-next-field")
  static let formPreviousField = Action("form-previous-field")
  static let formChange = Action("form-change")
  static let checklistToggle = Action("checklist-toggle")
  static let conflictKeepMine = Action("conflict-keep-mine")
  static let conflictTakeTheirs = Action("conflict-take-theirs")
}
