/// Which leg a step's holds are done on.
public enum RoutineSide: String, Sendable, Equatable, CaseIterable, Codable {
  case left, right
  /// Repeats alternate legs, starting left: repeat 1 left, 2 right, 3 left, and so on.
  /// An even repeat count therefore gives each leg the same number of holds.
  case alternate
}

/// One exercise in a routine: a hold of `seconds`, done `repetitions` times with `rest` between.
public struct RoutineStep: Sendable, Equatable {
  /// Short heading shown large during the step (1 to 40 characters).
  public var title: String
  /// One line telling what to do (up to 80 characters; may be empty in user files).
  public var cue: String
  /// Length of one hold, in whole seconds.
  public var seconds: Int
  /// How many holds (the TOML key `repeat`); 1 means done once.
  public var repetitions: Int
  /// Rest between two holds of this step, in whole seconds; none after the last hold.
  public var restSeconds: Int
  /// Leg for the holds; with `.alternate` each repeat switches leg (see `side(forRepetition:)`).
  public var side: RoutineSide?

  public init(
    title: String, cue: String = "", seconds: Int, repetitions: Int = 1, restSeconds: Int = 0,
    side: RoutineSide? = nil
  ) {
    self.title = title
    self.cue = cue
    self.seconds = seconds
    self.repetitions = repetitions
    self.restSeconds = restSeconds
    self.side = side
  }

  /// Holds plus the rests between them, in seconds.
  public var totalSeconds: Int { seconds * repetitions + restSeconds * (repetitions - 1) }

  /// The leg for the 1-based `repetition`: `.alternate` gives left for odd, right for even repeats.
  public func side(forRepetition repetition: Int) -> RoutineSide? {
    guard side == .alternate else { return side }
    return repetition % 2 == 1 ? .left : .right
  }
}
