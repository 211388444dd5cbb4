import Foundation

/// A point in time as the panes see it: the wall clock (for dates) and the monotonic clock
/// (for timers, which must not jump when the wall clock does).
public struct Moment: Sendable, Equatable {
  public let wall: Date
  public let monotonic: Duration

  public init(wall: Date, monotonic: Duration) {
    self.wall = wall
    self.monotonic = monotonic
  }
}
