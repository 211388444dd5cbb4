/// The length counter a form shows next to a long text field once it nears its limit
/// (`1,850/2,000`), drawn as a warning when a key or paste was refused there.
enum LengthCounter {
  /// Shown from this share of the limit on.
  static let threshold = 0.9
  /// Fields with a shorter limit hold a value of a set form (a time, a number), not a text.
  static let shortestText = 100

  /// `1,850/2,000` once the text nears its limit or a key was refused; nil before.
  static func text(for field: TextField) -> String? {
    guard field.limit >= shortestText,
      field.refusedAtLimit || Double(field.text.count) >= Double(field.limit) * threshold
    else { return nil }
    return field.counter
  }
}
