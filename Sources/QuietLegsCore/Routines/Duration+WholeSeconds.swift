extension Duration {
  /// Whole seconds, rounded down (toward minus infinity).
  var wholeSeconds: Int {
    let (seconds, attoseconds) = components
    return Int(seconds) - (attoseconds < 0 ? 1 : 0)
  }

  /// Whole seconds, rounded up: what a countdown shows.
  var wholeSecondsRoundedUp: Int {
    let (seconds, attoseconds) = components
    return Int(seconds) + (attoseconds > 0 ? 1 : 0)
  }
}
