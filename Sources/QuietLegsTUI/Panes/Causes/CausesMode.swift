/// What the causes pane is doing: browsing, or holding the keys for a field, form or questionnaire.
enum CausesMode {
  case browsing
  /// Typing a filter; the list follows the text as it changes.
  case filtering(TextField)
  /// Writing the note of one cause.
  case editingNote(causeID: String, field: TextField)
  /// Filling in a lab value.
  case addingLab(LabForm)
  /// Answering the "Cramp or RLS?" questions.
  case questionnaire(QuestionnaireFlow)
  /// The person's medicines (and the add form).
  case medicines(MedicinesScreen)
}
