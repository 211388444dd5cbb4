/// What the screen after a finished routine tells: which routine, how many steps were done in full,
/// how long it took, whether it was saved.
struct RoutineResult: Equatable {
  var routineName: String
  var stepCount: Int
  /// Steps done in full (skipped ones are not); the routine counts as done only when all were.
  var stepsDone: Int
  /// Seconds from start to end, pauses included.
  var seconds: Int
  var saved: Bool
}
