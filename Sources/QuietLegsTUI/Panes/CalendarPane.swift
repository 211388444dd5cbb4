import Foundation
import QuietLegsCore

/// The calendar pane; a placeholder until its issue lands.
public struct CalendarPane: Pane {
  let services: AppServices

  public init(services: AppServices) {
    self.services = services
  }

  public var id: PaneID { .calendar }
  public var keymap: Keymap { Keymap(title: "Calendar", bindings: []) }

  public mutating func handle(_ key: Key, at now: Moment) -> PaneResponse { .ignored }

  public func render(into buffer: inout Buffer, area: Rect) {
    PlaceholderView.render(title: title, into: &buffer, area: area)
  }
}
