/// What the screen after a finished routine tells: which routine, how long it took, whether it was saved.
struct RoutineResult: Equatable {
  var routineName: String
  var stepCount: Int
  /// Seconds from start to end, pauses included.
  var seconds: Int
  var saved: Bool
}
