import Foundation

/// The routines pane; a placeholder until its issue lands.
public struct RoutinesPane: Pane {
  public init() {}

  public var id: PaneID { .routines }
  public var keymap: Keymap { Keymap(title: "Routines", bindings: []) }

  public mutating func handle(_ key: Key, at now: Moment) -> PaneResponse { .ignored }

  public func render(into buffer: inout Buffer, area: Rect) {
    PlaceholderView.render(title: title, into: &buffer, area: area)
  }
}
