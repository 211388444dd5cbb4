import Foundation
import QuietLegsCore

/// The medicines view of the causes pane: the person's list with a selection, and the add form
/// while it is open.
struct MedicinesScreen: Equatable {
  /// Index of the selected medicine in the list.
  var selected = 0
  /// The add form, while open.
  var form: MedicineForm?

  /// The selected medicine of `medicines`, if any.
  func selection(in medicines: [Medicine]) -> Medicine? {
    medicines.indices.contains(selected) ? medicines[selected] : nil
  }

  /// Keeps the selection inside a list of `count` medicines.
  mutating func clamp(to count: Int) {
    selected = max(0, min(selected, count - 1))
  }
}
