import Foundation
import QuietLegsCore

@testable import QuietLegsTUI

/// An app model showing a real causes pane over a temporary journal, with helpers to press keys.
struct CausesHarness {
  var model: AppModel
  let services: AppServices

  init(services: AppServices = Fixtures.services()) {
    self.services = services
    model = Fixtures.model(
      panes: [CalendarPane(services: services), CausesPane(services: services)],
      focused: .causes)
    // As the runtime does before the first frame: the pane learns its body's size.
    _ = model.update(.resize(width: 80, height: 24))
  }

  /// The causes pane as the model holds it now.
  var pane: CausesPane { model.panes.compactMap { $0 as? CausesPane }[0] }

  /// Presses keys in order; returns the effects of the last one.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects = model.update(.key(key)) }
    return effects
  }

  /// Types each character of `text` as a key.
  mutating func type(_ text: String) {
    for character in text { _ = model.update(.key(.character(character))) }
  }

  func screen(width: Int = 80, height: Int = 24) -> String {
    Fixtures.screen(model, width: width, height: height)
  }

  /// The causes the list shows, by id.
  var shownCauseIDs: [String] { pane.list.items.compactMap(\.causeID) }

  /// Selects a cause by moving through the list, as a user would.
  mutating func select(_ causeID: String) {
    press(.home)
    while pane.selection != .cause(causeID) {
      let before = pane.selection
      press(.down)
      precondition(pane.selection != before, "\(causeID) is not in the list")
    }
  }
}
