import Foundation
import QuietLegsCore

/// The routines pane; a placeholder until its issue lands.
public struct RoutinesPane: Pane {
  let services: AppServices

  /// `autostart` is the id of a routine to start at once (`quietlegs routine ID`).
  public init(services: AppServices, autostart: String? = nil) {
    self.services = services
  }

  public var id: PaneID { .routines }
  public var keymap: Keymap { Keymap(title: "Routines", bindings: []) }

  public mutating func handle(_ key: Key, at now: Moment) -> PaneResponse { .ignored }

  public func render(into buffer: inout Buffer, area: Rect) {
    PlaceholderView.render(title: title, into: &buffer, area: area)
  }
}
