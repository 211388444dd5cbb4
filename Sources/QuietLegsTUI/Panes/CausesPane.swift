import Foundation
import QuietLegsCore

/// The causes pane; a placeholder until its issue lands.
public struct CausesPane: Pane {
  let services: AppServices

  public init(services: AppServices) {
    self.services = services
  }

  public var id: PaneID { .causes }
  public var keymap: Keymap { Keymap(title: "Causes", bindings: []) }

  public mutating func handle(_ key: Key, at now: Moment) -> PaneResponse { .ignored }

  public func render(into buffer: inout Buffer, area: Rect) {
    PlaceholderView.render(title: title, into: &buffer, area: area)
  }
}
