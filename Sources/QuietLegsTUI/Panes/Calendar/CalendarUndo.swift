import QuietLegsCore

/// A change the calendar can take back with `u`: the episode as it was before a delete or an
/// edit, and after an edit (so only the fields this session changed are put back).
struct CalendarUndo: Equatable {
  /// What was done.
  enum Change: Equatable {
    case deleted, edited
  }

  let change: Change
  /// The episode as it was before (restored with the same id).
  let before: Episode
  /// The episode as the edit left it; nil for a delete.
  var after: Episode?
}
