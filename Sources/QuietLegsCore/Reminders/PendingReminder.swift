import Foundation

/// A reminder that came while no notification could be shown, kept in a small file in the data
/// folder (`reminder-due`) until the full screen opens and shows it.
public struct PendingReminder: Sendable, Equatable {
  /// How long a kept reminder stays worth showing.
  public static let lifetime: TimeInterval = 12 * 3600

  public var at: Date
  public var routineId: String?

  public init(at: Date, routineId: String?) {
    self.at = at
    self.routineId = routineId
  }

  /// The file in `dataDirectory`.
  public static func file(in dataDirectory: URL) -> URL {
    dataDirectory.appendingPathComponent("reminder-due")
  }

  /// One line: the instant in ISO 8601 (UTC), a tab, and the routine id or `-`.
  public var text: String { Timestamp.iso(at, offsetSeconds: 0) + "\t" + (routineId ?? "-") + "\n" }

  /// Reads the text; nil when it is not one.
  public init?(text: String) {
    let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\t")
    guard parts.count == 2, let (date, _) = Timestamp.parse(String(parts[0])) else { return nil }
    let routine = String(parts[1])
    guard routine == "-" || Identifier.isValid(routine) else { return nil }
    self.init(at: date, routineId: routine == "-" ? nil : routine)
  }

  /// Writes the file (mode 0600, the folder 0700 when it has to be made), replacing an older one.
  public func save(in dataDirectory: URL) throws {
    let manager = FileManager.default
    if !manager.fileExists(atPath: dataDirectory.path) {
      try manager.createDirectory(
        at: dataDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    let url = Self.file(in: dataDirectory)
    let temp = dataDirectory.appendingPathComponent(".reminder-due.\(getpid()).tmp")
    let fd = open(temp.path, O_CREAT | O_TRUNC | O_WRONLY, 0o600)
    guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
    _ = fchmod(fd, 0o600)
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    guard written == bytes.count, rename(temp.path, url.path) == 0 else {
      unlink(temp.path)
      throw CocoaError(.fileWriteUnknown)
    }
  }

  /// Reads and removes the file: the reminder when it is younger than `lifetime` at `now`,
  /// nil when there is none, it is too old, or it cannot be read.
  public static func take(from dataDirectory: URL, now: Date) -> PendingReminder? {
    let url = file(in: dataDirectory)
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    unlink(url.path)
    guard let pending = PendingReminder(text: String(decoding: data, as: UTF8.self)),
      now.timeIntervalSince(pending.at) < lifetime, pending.at.timeIntervalSince(now) < 60
    else { return nil }
    return pending
  }
}
