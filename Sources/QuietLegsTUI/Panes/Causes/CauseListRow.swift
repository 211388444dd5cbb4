/// One line of the cause list: a group heading, a selectable item, or a message such as "nothing matches".
enum CauseListRow: Equatable {
  case heading(String)
  case item(CauseListItem)
  case message(String)
}
