import Foundation

/// A clock that only moves forward (unaffected by wall-clock changes), for timing routines.
/// Injected like `Clock` so tests drive it.
public struct MonotonicClock: Sendable {
  private let read: @Sendable () -> Duration

  public init(_ read: @escaping @Sendable () -> Duration) { self.read = read }

  /// Time since an arbitrary fixed origin.
  public var now: Duration { read() }

  /// The system's monotonic clock (CLOCK_MONOTONIC).
  public static let system = MonotonicClock {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
  }
}
