/// A row of the cause list that can be selected: a cause, or one of the pseudo-rows at the top.
enum CauseListItem: Hashable {
  /// Signs that it is time to see a doctor.
  case seeADoctor
  /// Ferritin and transferrin saturation history.
  case labResults
  /// The latest "Cramp or RLS?" result.
  case questionnaire
  /// The person's medicines and supplements.
  case medicines
  /// A cause from the catalogue, by id.
  case cause(String)

  /// The pseudo-rows, in the order they head the list.
  static let forYou: [CauseListItem] = [.seeADoctor, .labResults, .questionnaire, .medicines]

  var causeID: String? {
    if case .cause(let id) = self { return id }
    return nil
  }
}
