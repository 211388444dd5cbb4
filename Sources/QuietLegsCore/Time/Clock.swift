import Foundation

/// The source of "now", injected everywhere so tests can fix the time.
public struct Clock: Sendable {
  private let read: @Sendable () -> Date

  public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

  /// The current instant.
  public var now: Date { read() }

  /// The real wall clock.
  public static let system = Clock { Date() }

  /// A clock stopped at one instant.
  public static func fixed(_ date: Date) -> Clock { Clock { date } }
}
